package org.clashmap.gazetteer.build;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns a curated row's machine-resolvable reference into coordinates, so that no coordinate in
 * the gazetteer is typed in by hand. Forms (documented in gazetteer/README.md):
 * <pre>
 *   ucdp:&lt;where_coordinates&gt;          a place string of UCDP GED 19.1
 *   ocha:&lt;Cxxxx&gt;                       an OCHA 2015 community
 *   ocha-adm5:&lt;HAY_EN&gt;                 centroid of a Damascus neighbourhood polygon
 *   ocha-adm1:&lt;SYxx&gt;[:part]            centroid of a governorate polygon or of a part of it
 *   ocha-adm1:&lt;SYxx&gt;:part:&lt;Cxxxx&gt;:&lt;km&gt; the part seen from an OCHA community (the capital), within km of it
 *   ocha-adm2:&lt;SYxxxx&gt;[:part]          the same for a district
 *   between:&lt;ref&gt;|&lt;ref&gt;              geodesic midpoint of two references
 * </pre>
 * A reference that cannot be resolved throws: the build fails loudly instead of skipping the row.
 */
final class ReferenceResolver {
    private final Map<String, DraftPlace> ocha;
    private final UcdpPlaces ucdp;
    private final AdminPolygons adm1;
    private final AdminPolygons adm2;
    private final AdminPolygons adm5;

    ReferenceResolver(Map<String, DraftPlace> ochaByPcode, Path ucdpCsv, Path basemapDir) throws IOException {
        this.ocha = ochaByPcode;
        this.ucdp = new UcdpPlaces(ucdpCsv);
        this.adm1 = new AdminPolygons(basemapDir.resolve("ocha2015_syr_admin1_governorates.geojson"), "PCODE");
        this.adm2 = new AdminPolygons(basemapDir.resolve("ocha2015_syr_admin2_districts.geojson"), "PCODE");
        this.adm5 = new AdminPolygons(basemapDir.resolve("ocha2015_syr_admin5_damascus_neighbourhoods.geojson"), "HAY_EN");
    }

    /** lat, lon of a reference. */
    double[] resolve(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("reference without a scheme: " + ref);
        String scheme = ref.substring(0, colon);
        String rest = ref.substring(colon + 1);
        return switch (scheme) {
            case "ucdp" -> ucdp.coordinates(rest);
            case "ocha" -> {
                DraftPlace p = ocha.get(rest);
                if (p == null) throw new IllegalArgumentException("no OCHA community " + rest);
                yield new double[]{p.lat, p.lon};
            }
            case "ocha-adm5" -> adm5.centroid(rest, null);
            case "ocha-adm1" -> polygonPart(adm1, rest);
            case "ocha-adm2" -> polygonPart(adm2, rest);
            case "between" -> {
                String[] two = rest.split("\\|");
                if (two.length != 2) throw new IllegalArgumentException("between needs two references: " + ref);
                yield midpoint(resolve(two[0]), resolve(two[1]));
            }
            default -> throw new IllegalArgumentException("unknown reference scheme '" + scheme + "' in " + ref);
        };
    }

    private double[] polygonPart(AdminPolygons layer, String rest) {
        String[] f = rest.split(":");
        if (f.length == 4) {
            double[] center = resolve("ocha:" + f[2]);
            return layer.centroid(f[0], f[1], center, Double.parseDouble(f[3]));
        }
        if (f.length > 2) throw new IllegalArgumentException("expected <pcode>[:part[:<Cxxxx>:<km>]] in " + rest);
        return layer.centroid(f[0], f.length > 1 ? f[1] : null);
    }

    static double[] midpoint(double[] a, double[] b) {
        GeodesicData inv = Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1]);
        GeodesicData mid = Geodesic.WGS84.Direct(a[0], a[1], inv.azi1, inv.s12 / 2);
        return new double[]{mid.lat2, mid.lon2};
    }
}
