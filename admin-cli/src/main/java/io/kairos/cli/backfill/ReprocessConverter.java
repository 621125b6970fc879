package io.kairos.cli.backfill;

import io.kairos.model.backfill.Reprocess;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --reprocess none|failed|all}. */
final class ReprocessConverter implements ITypeConverter<Reprocess> {

    @Override
    public Reprocess convert(String value) {
        try {
            return Reprocess.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
