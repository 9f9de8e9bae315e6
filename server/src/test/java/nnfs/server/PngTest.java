package nnfs.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import nnfs.server.pictures.Png;

/** Our PNG writer, read back by the JDK's own PNG reader: every pixel, and every chunk's checksum. */
class PngTest {
    @Test
    void everyPixelReadsBackAsWritten() throws Exception {
        Random r = new Random(7);
        for (int[] size : new int[][] {{1, 1}, {3, 2}, {640, 480}, {257, 31}}) {
            for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
                BufferedImage img = new BufferedImage(size[0], size[1], type);
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        // noise in some rows, flat runs in others: both paths of the filter and of deflate
                        img.setRGB(x, y, 0xff000000 | (y % 3 == 0 ? r.nextInt(1 << 24) : x / 7 * 0x010203));
                    }
                }
                BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(img)));
                assertEquals(size[0], back.getWidth());
                assertEquals(size[1], back.getHeight());
                int[] want = img.getRGB(0, 0, size[0], size[1], null, 0, size[0]);
                int[] got = back.getRGB(0, 0, size[0], size[1], null, 0, size[0]);
                assertArrayEquals(want, got, size[0] + "x" + size[1] + " type " + type);
            }
        }
    }

    @Test
    void chunksCarryTheirChecksums() {
        byte[] png = Png.encode(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB));
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        StringBuilder types = new StringBuilder();
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertEquals((int) crc.getValue(), b.getInt(), "checksum of " + new String(typeAndData, 0, 4));
            types.append(new String(typeAndData, 0, 4)).append(' ');
        }
        assertEquals("IHDR IDAT IEND ", types.toString());
    }
}
