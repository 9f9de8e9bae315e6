package nnfs.data;

import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Which generated data set: its kind and parameters. Enough to regenerate the same points anywhere, so a
 * model document or a URL carries this instead of the points.
 */
public final class DatasetSpec {
    public enum Kind {
        MOONS("moons", 0.2), CIRCLES("circles", 0.1), XOR("xor", 0.1), BLOBS("blobs", 1.0), SPIRAL("spiral", 0.2);

        public final String id;
        public final double defaultNoise;

        Kind(String id, double defaultNoise) {
            this.id = id;
            this.defaultNoise = defaultNoise;
        }

        public static Kind parse(String id) {
            for (Kind k : values()) if (k.id.equals(id)) return k;
            throw Problem.of(Msg.UNKNOWN_DATA_SET, id);
        }

        /** Whether the number of classes is a parameter (otherwise it is 2). */
        public boolean hasClasses() {
            return this == BLOBS || this == SPIRAL;
        }
    }

    public static final double DEFAULT_FACTOR = 0.5;

    public final Kind kind;
    public final int n;
    public final double noise;
    public final long seed;
    /** Classes for blobs and spiral; 2 for the others. */
    public final int classes;
    /** Inner radius for circles; ignored by the others. */
    public final double factor;

    public DatasetSpec(Kind kind, int n, double noise, long seed, int classes, double factor) {
        this.kind = kind;
        this.n = n;
        this.noise = noise;
        this.seed = seed;
        this.classes = kind.hasClasses() ? classes : 2;
        this.factor = kind == Kind.CIRCLES ? factor : DEFAULT_FACTOR;
    }

    /** The article's data: {@code make_moons(200, noise=0.20)} after seed 0. */
    public static DatasetSpec article() {
        return new DatasetSpec(Kind.MOONS, 200, 0.2, 0, 2, DEFAULT_FACTOR);
    }

    /** Checks the parameters without generating; throws {@link IllegalArgumentException} naming the first bad one. */
    public void check() {
        Shapes.check(n, noise);
        if (seed < 0 || seed > 0xFFFFFFFFL) throw Problem.of(Msg.SEED_RANGE, seed);
        if (kind == Kind.BLOBS) Blobs.checkClasses(classes, Blobs.MAX_CLASSES);
        if (kind == Kind.SPIRAL) Blobs.checkClasses(classes, Spiral.MAX_CLASSES);
        if (kind == Kind.CIRCLES && !(factor >= 0 && factor <= nnfs.Limits.MAX_FACTOR)) {
            throw Problem.of(Msg.FACTOR_RANGE, nnfs.Limits.MAX_FACTOR, factor);
        }
    }

    /** Generates the points; throws {@link IllegalArgumentException} naming the first bad parameter. */
    public Dataset generate() {
        switch (kind) {
            case MOONS: return Moons.generate(n, noise, seed);
            case CIRCLES: return Circles.generate(n, noise, factor, seed);
            case XOR: return Xor.generate(n, noise, seed);
            case BLOBS: return Blobs.generate(n, noise, classes, seed);
            case SPIRAL: return Spiral.generate(n, noise, classes, seed);
            default: throw new AssertionError(kind);
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.id).append("(n=").append(n).append(", noise=").append(noise)
                .append(", seed=").append(seed);
        if (kind.hasClasses()) s.append(", classes=").append(classes);
        if (kind == Kind.CIRCLES) s.append(", factor=").append(factor);
        return s.append(')').toString();
    }
}
