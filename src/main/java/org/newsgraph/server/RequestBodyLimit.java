package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads every request body before anything answers, and refuses bodies over a size limit with 413.
 *
 * <p>A body (declared or streamed) is read into memory up to the limit before the request goes on,
 * so that a handler refusing a write (401, 404, 405) never answers while body bytes are still in
 * flight: Jetty would then close the connection, and a client that had already reused it would see
 * it reset instead of the 4xx. A declared Content-Length over the limit is refused without reading,
 * with {@code Connection: close} so that no client reuses the connection. Refusing a body half-way
 * inside Fuseki would surface as a 500, and Jetty's SizeLimitHandler alone behaves that way.
 */
final class RequestBodyLimit extends Handler.Wrapper {
    private final long maxBytes;

    RequestBodyLimit(long maxBytes, Handler next) {
        super(next);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length > maxBytes)
            return tooLarge(request, response, callback, length + " bytes");
        if (length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            byte[] body;
            try {
                body = readAtMost(request, maxBytes + 1);
            } catch (IOException e) {
                Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400,
                        "Could not read request body: " + e.getMessage());
                return true;
            }
            if (body.length > maxBytes)
                return tooLarge(request, response, callback, "more than " + maxBytes + " bytes");
            return super.handle(new BufferedBody(request, body), response, callback);
        }
        return super.handle(request, response, callback);
    }

    private boolean tooLarge(Request request, Response response, Callback callback, String size) {
        // The rest of the body is not read: tell the client not to reuse this connection.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                "Request body too large: " + size + " (limit " + maxBytes + " bytes)");
        return true;
    }

    /** Blocking read; fine here because Fuseki's servlets below are blocking anyway. */
    private static byte[] readAtMost(Request request, long limit) throws IOException {
        InputStream in = Content.Source.asInputStream(request);
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    /** The request with its body replaced by bytes already read. */
    private static final class BufferedBody extends Request.Wrapper {
        private final long length;
        private Content.Chunk pending;

        BufferedBody(Request request, byte[] body) {
            super(request);
            this.length = body.length;
            this.pending = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public long getLength() {
            return length;
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk c = pending;
            pending = null;
            return c == null ? Content.Chunk.EOF : c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run(); // everything is already here
        }
    }
}
