package io.kairos.infra;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A Logback filter that lets an appender write only when its {@code format} is the chosen
 * {@link LogFormat} (system property {@code kairos.log.format}, default text), so logback.xml can
 * hold a text and a JSON appender and exactly one of them writes.
 */
public final class LogFormatGate extends Filter<ILoggingEvent> {

    private String format = LogFormat.text.name();
    private boolean isChosen;

    public void setFormat(String format) {
        this.format = format;
    }

    @Override
    public void start() {
        isChosen = format.equalsIgnoreCase(System.getProperty(LogFormat.PROPERTY, LogFormat.text.name()));
        super.start();
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return isChosen ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
