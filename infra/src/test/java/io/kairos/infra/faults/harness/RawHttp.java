package io.kairos.infra.faults.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte, so a test can send what well-behaved clients refuse to
 * (malformed escapes, huge lines, bodies on any method); answers the status line and what followed.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /** The response's status line and up to 4 KiB after it; a connection reset after the status line is kept as is. */
    public static String send(int port, String method, String target, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            writeQuietly(out, content);
            return new String(readUpTo(socket.getInputStream(), 4096), StandardCharsets.UTF_8);
        }
    }

    /** A server may answer and close before it reads a body it refuses; that is not the client's failure. */
    private static void writeQuietly(OutputStream out, byte[] content) throws IOException {
        try {
            out.write(content);
            out.flush();
        } catch (SocketException e) {
            // the answer is read below
        }
    }

    private static byte[] readUpTo(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[1024];
        try {
            for (int n = in.read(chunk); n > 0 && read.size() < limit; n = in.read(chunk)) {
                read.write(chunk, 0, n);
            }
        } catch (SocketException e) {
            if (read.size() == 0) {
                throw e;
            }
        }
        return read.toByteArray();
    }
}
