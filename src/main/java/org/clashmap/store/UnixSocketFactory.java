package org.clashmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Lets the PostgreSQL driver (which speaks only TCP) reach a server's Unix socket, as libpq does with
 * {@code host=/socket/dir}: Java 16+ opens Unix-domain channels, and this wraps one as the plain
 * {@link Socket} the driver asks its socket factory for. The driver gives the socket file's path as
 * the factory's argument ({@code socketFactoryArg}) and connects to a placeholder host, ignored here.
 * Must stay public with its String constructor: the driver creates it by reflection.
 */
public final class UnixSocketFactory extends SocketFactory {
    private final Path socketFile;

    public UnixSocketFactory(String socketFile) {
        this.socketFile = Path.of(socketFile);
    }

    @Override
    public Socket createSocket() {
        return new UnixSocket(socketFile);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected();
    }

    private Socket connected() throws IOException {
        UnixSocket s = new UnixSocket(socketFile);
        s.connect(null, 0);
        return s;
    }

    /** A Socket over a Unix-domain channel, with SO_TIMEOUT for reads; TCP options are accepted and mean nothing here. */
    private static final class UnixSocket extends Socket {
        private final Path file;
        private SocketChannel channel;
        private InputStream in;
        private OutputStream out;
        private Selector[] selectors = new Selector[0];
        private volatile int soTimeout;

        UnixSocket(Path file) {
            this.file = file;
        }

        @Override
        public void connect(SocketAddress ignored, int timeout) throws IOException {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(file));
            } catch (IOException e) {
                channel.close();
                throw new IOException("cannot reach the PostgreSQL server's socket " + file + ": " + e.getMessage(), e);
            }
            // Non-blocking underneath, so a read can time out as on a TCP socket: the driver sets SO_TIMEOUT to wait
            // for LISTEN notices for a while and to peek whether a message is pending. One selector per direction,
            // so a read waiting never holds up a write.
            channel.configureBlocking(false);
            Selector readable = Selector.open();
            Selector writable = Selector.open();
            channel.register(readable, SelectionKey.OP_READ);
            channel.register(writable, SelectionKey.OP_WRITE);
            selectors = new Selector[]{readable, writable};
            in = new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) return 0;
                    ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                    try {
                        while (true) {
                            int n = channel.read(buf);
                            if (n != 0) return n;
                            int timeout = soTimeout;
                            if (readable.select(timeout) == 0 && timeout > 0) throw new SocketTimeoutException("Read timed out");
                            readable.selectedKeys().clear();
                        }
                    } catch (java.nio.channels.ClosedSelectorException e) {
                        // closed by another thread (the window closing while a listener waits for notices): the
                        // driver expects an IOException from a closed socket, not an unchecked exception
                        throw new java.net.SocketException("socket closed");
                    }
                }
            };
            out = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                    try {
                        while (buf.hasRemaining()) {
                            if (channel.write(buf) == 0) {
                                writable.select();
                                writable.selectedKeys().clear();
                            }
                        }
                    } catch (java.nio.channels.ClosedSelectorException e) {
                        throw new java.net.SocketException("socket closed"); // as in read: closed by another thread
                    }
                }
            };
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, 0);
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isClosed() {
            return channel != null && !channel.isOpen();
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public synchronized void close() throws IOException {
            for (Selector s : selectors) s.close();
            if (channel != null) channel.close();
        }

        @Override
        public void setTcpNoDelay(boolean on) {
        }

        @Override
        public void setKeepAlive(boolean on) {
        }

        @Override
        public synchronized void setSoTimeout(int timeout) {
            soTimeout = timeout;
        }

        @Override
        public synchronized int getSoTimeout() {
            return soTimeout;
        }

        @Override
        public synchronized void setReceiveBufferSize(int size) {
        }

        @Override
        public synchronized void setSendBufferSize(int size) {
        }

        @Override
        public void shutdownInput() throws IOException {
            channel.shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            channel.shutdownOutput();
        }
    }
}
