package io.kairos.worker.execution;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Copies a process's output into an {@link OutputTail} on a daemon thread, so the process never blocks on a full pipe. */
final class OutputPump implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutputPump.class);
    private static final int CHUNK = 8192;

    private final InputStream output;
    private final OutputTail tail;

    private OutputPump(InputStream output, OutputTail tail) {
        this.output = output;
        this.tail = tail;
    }

    static Thread start(InputStream output, OutputTail tail, String name) {
        Thread thread = new Thread(new OutputPump(output, tail), name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[CHUNK];
        try (output) {
            for (int read = output.read(buffer); read >= 0; read = output.read(buffer)) {
                tail.write(buffer, 0, read);
            }
        } catch (IOException e) {
            log.debug("Output of the process closed: {}", e.getMessage());
        }
    }
}
