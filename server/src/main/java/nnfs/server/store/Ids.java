package nnfs.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Unguessable URL-safe ids (128 random bits) and delete tokens (192 bits), and the hash a store keeps of a token. */
public final class Ids {
    private Ids() {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** 16 bytes in unpadded base64url are 22 characters. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    public static String newId() {
        return random(16);
    }

    static String newToken() {
        return random(24);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    public static String hash(String token) {
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so a token cannot be guessed byte by byte from response times. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
