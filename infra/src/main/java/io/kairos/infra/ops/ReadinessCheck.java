package io.kairos.infra.ops;

/** One condition {@code /readyz} requires, such as "the ledger's Streams application is RUNNING". */
public interface ReadinessCheck {

    /** Short and stable, shown in the answer: {@code broker}, {@code trigger}, {@code ledger}. */
    String name();

    boolean isReady();

    static ReadinessCheck of(String name, java.util.function.BooleanSupplier ready) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isReady() {
                return ready.getAsBoolean();
            }
        };
    }
}
