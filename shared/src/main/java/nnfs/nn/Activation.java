package nnfs.nn;

import nnfs.math.Fdlibm;
import nnfs.math.Tanh;
import nnfs.text.Msg;
import nnfs.text.Problem;

/** The hidden units' non-linearity g, and its derivative written in terms of a = g(z) where it can be. */
public enum Activation {
    /** The article's choice: g(z) = tanh z, g'(z) = 1 - a^2. */
    TANH("tanh") {
        @Override public double apply(double z) { return Tanh.tanh(z); }
        @Override public double derivative(double z, double a) { return 1 - a * a; }
    },
    /** g(z) = 1 / (1 + e^-z), g'(z) = a (1 - a). */
    SIGMOID("sigmoid") {
        @Override public double apply(double z) { return Fdlibm.sigmoid(z); }
        @Override public double derivative(double z, double a) { return a * (1 - a); }
    },
    /** g(z) = max(0, z), g'(z) = 1 for z > 0, else 0. */
    RELU("relu") {
        @Override public double apply(double z) { return z > 0 ? z : 0.0; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : 0.0; }
    };

    public final String id;

    Activation(String id) {
        this.id = id;
    }

    public abstract double apply(double z);

    /** g'(z), given z and a = g(z). */
    public abstract double derivative(double z, double a);

    public static Activation parse(String id) {
        for (Activation a : values()) if (a.id.equals(id)) return a;
        throw Problem.of(Msg.UNKNOWN_ACTIVATION, id);
    }
}
