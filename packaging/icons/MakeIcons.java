/*
 * Draws the Vendorbench icon with Java2D and writes it in every size the installers want:
 * PNGs (16-1024 px, Linux and the window icon), vendorbench.ico (Windows, PNG-compressed
 * entries) and vendorbench.icns (macOS, PNG entries).
 *
 * Run from the repository root:  java packaging/icons/MakeIcons.java packaging/icons
 */
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

public class MakeIcons {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Files.createDirectories(out);
        int[] sizes = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int s : sizes) {
            byte[] bytes = png(draw(s));
            png.put(s, bytes);
            Files.write(out.resolve("vendorbench-" + s + ".png"), bytes);
        }
        Files.write(out.resolve("vendorbench.ico"), ico(png, new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(out.resolve("vendorbench.icns"), icns(png));
    }

    /** A rounded blue tile with a white check mark inside a speech bubble: "verified call center". */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double pad = s * 0.06;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B, 0x6C, 0xB0), 0, (float) s, new Color(0x1F, 0x4E, 0x79)));
        g.fill(new RoundRectangle2D.Double(pad, pad, s - 2 * pad, s - 2 * pad, s * 0.28, s * 0.28));
        // speech bubble
        Path2D bubble = new Path2D.Double();
        double bx = s * 0.2, by = s * 0.22, bw = s * 0.6, bh = s * 0.44;
        bubble.append(new RoundRectangle2D.Double(bx, by, bw, bh, s * 0.16, s * 0.16), false);
        bubble.moveTo(bx + bw * 0.22, by + bh - 1);
        bubble.lineTo(bx + bw * 0.12, by + bh + s * 0.14);
        bubble.lineTo(bx + bw * 0.42, by + bh - 1);
        bubble.closePath();
        g.setColor(Color.WHITE);
        g.fill(bubble);
        // check mark
        Path2D check = new Path2D.Double();
        check.moveTo(bx + bw * 0.24, by + bh * 0.52);
        check.lineTo(bx + bw * 0.43, by + bh * 0.74);
        check.lineTo(bx + bw * 0.78, by + bh * 0.28);
        g.setColor(new Color(0x00, 0x9E, 0x73));
        g.setStroke(new BasicStroke((float) Math.max(1.5, s * 0.075), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bos);
        return bos.toByteArray();
    }

    /** ICO with PNG-compressed entries (supported since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> png, int[] sizes) {
        int headerLen = 6 + 16 * sizes.length;
        int total = headerLen;
        for (int s : sizes) total += png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerLen;
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) b.put(png.get(s));
        return b.array();
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        String[][] types = {{"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"}, {"ic08", "256"},
            {"ic09", "512"}, {"ic10", "1024"}};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (String[] t : types) {
            byte[] data = png.get(Integer.parseInt(t[1]));
            d.writeBytes(t[0]);
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream a = new DataOutputStream(all);
        a.writeBytes("icns");
        a.writeInt(8 + body.size());
        a.write(body.toByteArray());
        return all.toByteArray();
    }
}
