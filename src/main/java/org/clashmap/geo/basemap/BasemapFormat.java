package org.clashmap.geo.basemap;

import org.clashmap.geo.Coordinates;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact vector file {@code basemap.bin.gz}: layers of features, each feature a list of
 * paths (polygon rings, filled even-odd, or polylines). Coordinates are degrees quantised to
 * 1e-5 (about a metre) and stored as zig-zag varint deltas, which is several times smaller than
 * WKB doubles and loads with no geometry library. The caller wraps the streams in gzip.
 */
public final class BasemapFormat {
    static final int MAGIC = 0x434D424D; // "CMBM"
    static final int FORMAT_VERSION = 1;
    static final double SCALE = 1e5;

    public enum Kind { POLYGON, LINE }

    /** A feature as stored: quantised lon/lat pairs per path, plus one small attribute (e.g. river class). */
    public record Feature(int attr, List<int[]> paths) {
    }

    public record Layer(String name, int band, Kind kind, List<Feature> features) {
    }

    private BasemapFormat() {
    }

    public static int quantise(double deg) {
        return (int) Math.round(deg * SCALE);
    }

    public static void write(List<Layer> layers, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(layers.size());
        for (Layer layer : layers) {
            out.writeUTF(layer.name());
            out.writeByte(layer.band());
            out.writeByte(layer.kind().ordinal());
            writeVarint(out, layer.features().size());
            for (Feature f : layer.features()) {
                writeVarint(out, f.attr());
                writeVarint(out, f.paths().size());
                int px = 0, py = 0;
                for (int[] path : f.paths()) {
                    writeVarint(out, path.length / 2);
                    for (int i = 0; i < path.length; i += 2) {
                        writeVarint(out, zigzag(path[i] - px));
                        writeVarint(out, zigzag(path[i + 1] - py));
                        px = path[i];
                        py = path[i + 1];
                    }
                }
            }
        }
        out.flush();
    }

    public static List<Layer> read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readInt() != MAGIC) throw new IOException("not a ClashMap basemap file");
        int version = in.readInt();
        if (version != FORMAT_VERSION) throw new IOException("unsupported basemap format " + version);
        int layerCount = in.readInt();
        List<Layer> layers = new ArrayList<>(layerCount);
        for (int l = 0; l < layerCount; l++) {
            String name = in.readUTF();
            int band = in.readByte();
            Kind kind = Kind.values()[in.readByte()];
            int featureCount = readVarint(in);
            List<Feature> features = new ArrayList<>(featureCount);
            for (int f = 0; f < featureCount; f++) {
                int attr = readVarint(in);
                int pathCount = readVarint(in);
                List<int[]> paths = new ArrayList<>(pathCount);
                int px = 0, py = 0;
                for (int p = 0; p < pathCount; p++) {
                    int n = readVarint(in);
                    int[] path = new int[n * 2];
                    for (int i = 0; i < path.length; i += 2) {
                        px += unzigzag(readVarint(in));
                        py += unzigzag(readVarint(in));
                        path[i] = px;
                        path[i + 1] = py;
                    }
                    paths.add(path);
                }
                features.add(new Feature(attr, paths));
            }
            layers.add(new Layer(name, band, kind, features));
        }
        return layers;
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.read();
            if (b < 0) throw new EOFException();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new IOException("corrupt varint");
    }
}
