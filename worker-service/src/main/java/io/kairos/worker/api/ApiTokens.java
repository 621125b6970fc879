package io.kairos.worker.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The API tokens, stored as SHA-256 hashes (hex) each naming {@code admin} or a tenant. A presented
 * token is hashed and compared with every stored hash in constant time.
 */
public final class ApiTokens {

    public static final String ADMIN = "admin";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private record Entry(byte[] hash, String grants) {
    }

    private final List<Entry> entries;

    private ApiTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ApiTokens from(ApiConfig config) {
        Properties pairs = new Properties();
        if (config.tokensFile() != null) {
            try (Reader reader = Files.newBufferedReader(config.tokensFile(), StandardCharsets.UTF_8)) {
                pairs.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException(ApiConfig.TOKENS_FILE + " " + config.tokensFile() + ": cannot read: "
                        + e.getMessage(), e);
            }
        }
        for (String pair : config.tokens().split(",")) {
            int eq = pair.indexOf('=');
            if (!pair.isBlank()) {
                if (eq < 0) {
                    throw new IllegalArgumentException(ApiConfig.TOKENS + ": expected <sha256-hex>=admin|<tenant>, got a pair without '='");
                }
                pairs.setProperty(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return new ApiTokens(entries(pairs));
    }

    private static List<Entry> entries(Properties pairs) {
        List<Entry> entries = new ArrayList<>();
        for (String hash : pairs.stringPropertyNames()) {
            String normalised = hash.strip().toLowerCase(Locale.ROOT);
            if (!HASH.matcher(normalised).matches()) {
                throw new IllegalArgumentException("API token hash \"" + hash.substring(0, Math.min(8, hash.length()))
                        + "…\": expected 64 hex digits (sha256sum of the token)");
            }
            entries.add(new Entry(HexFormat.of().parseHex(normalised), pairs.getProperty(hash).strip()));
        }
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The caller {@code token} identifies, if any. */
    public Optional<Caller> identify(String token) {
        byte[] presented = sha256(token);
        Entry match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), presented)) {
                match = entry;
            }
        }
        if (match == null) {
            return Optional.empty();
        }
        return Optional.of(ADMIN.equals(match.grants()) ? Caller.admin("admin-token") : Caller.ofTenant(match.grants()));
    }

    /** The stored form of a token: its SHA-256 as lower-case hex. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
