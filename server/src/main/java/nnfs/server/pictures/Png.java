package nnfs.server.pictures;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG files of our pictures: 8-bit RGB, every row filtered by "Sub" (the difference from the pixel on the left),
 * then deflated. ImageIO's writer tries five filters on every row and compresses harder; it took about a third of
 * the time of a boundary picture, and the bytes it saves matter little for pictures that are cached once drawn.
 */
public final class Png {
    private Png() {}

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Deflate's level: 1 is the fastest; charts are mostly flat colour, which any level compresses well. */
    private static final int LEVEL = 1;

    public static byte[] encode(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] rgb = img.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) img.getRaster().getDataBuffer()).getData() // the pixels themselves, no copy
                : img.getRGB(0, 0, w, h, null, 0, w);
        int stride = 1 + 3 * w;
        byte[] raw = new byte[stride * h];
        for (int y = 0; y < h; y++) {
            int o = y * stride, row = y * w;
            raw[o] = 1; // Sub: each byte minus the same channel of the pixel on its left
            int left = 0;
            for (int x = 0; x < w; x++) {
                int p = rgb[row + x];
                raw[o + 1 + 3 * x] = (byte) ((p >> 16) - (left >> 16));
                raw[o + 2 + 3 * x] = (byte) ((p >> 8) - (left >> 8));
                raw[o + 3 + 3 * x] = (byte) (p - left);
                left = p;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        chunk(out, "IHDR", header, header.length);
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buf = new byte[64 * 1024];
            ByteArrayOutputStream data = new ByteArrayOutputStream(raw.length / 8 + 1024);
            while (!deflater.finished()) data.write(buf, 0, deflater.deflate(buf));
            byte[] idat = data.toByteArray();
            chunk(out, "IDAT", idat, idat.length);
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /** A chunk: its length, type, data and the CRC of type and data. */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        byte[] n = new byte[4];
        putInt(n, 0, length);
        out.writeBytes(n);
        out.writeBytes(t);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        putInt(n, 0, (int) crc.getValue());
        out.writeBytes(n);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
