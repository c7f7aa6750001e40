// boilerpipe ArticleExtractor peer (Debian libboilerpipe-java).
//
//   java -cp classes:JARS BoilerpipeRunner LIST OUT_DIR [WARMUP_PASSES]
//
// LIST holds one <id>.html.gz path per line; OUT_DIR gets <id>.txt per page.
// The JIT is warmed first: WARMUP_PASSES (default 1) untimed passes over the
// whole list whose output is discarded; then one timed pass that writes the
// files. Prints one JSON line: pages, errors, loop_s of the timed pass (read +
// gunzip + decode + extract + write; JVM start-up and warm-up excluded),
// pages_per_s, and the first (cold) pass's figures as cold_loop_s.
import de.l3s.boilerpipe.extractors.ArticleExtractor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

public final class BoilerpipeRunner {
  private static String readGz(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static String pageId(Path p) {
    String name = p.getFileName().toString();
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static int errors;

  // One pass over all pages; returns seconds. out == null: discard output.
  private static double pass(List<Path> pages, Path out) throws IOException {
    errors = 0;
    long t0 = System.nanoTime();
    for (Path p : pages) {
      String html = readGz(p);
      String text;
      try {
        text = ArticleExtractor.INSTANCE.getText(html);
        if (text == null) text = "";
      } catch (Exception | StackOverflowError e) {  // a failure is an empty answer
        if (out != null) System.err.println(p + ": " + e);
        errors++;
        text = "";
      }
      if (out != null) Files.writeString(out.resolve(pageId(p) + ".txt"), text, StandardCharsets.UTF_8);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BoilerpipeRunner LIST OUT_DIR [WARMUP_PASSES]");
      System.exit(2);
    }
    List<Path> pages = new ArrayList<>();
    for (String l : Files.readAllLines(Paths.get(args[0]))) if (!l.isBlank()) pages.add(Paths.get(l.trim()));
    Path out = Paths.get(args[1]);
    Files.createDirectories(out);
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    double cold = -1;
    for (int i = 0; i < warm; i++) {
      double s = pass(pages, null);
      if (i == 0) cold = s;
    }
    double s = pass(pages, out);
    int n = pages.size();
    System.out.printf(java.util.Locale.ROOT,
        "{\"tool\": \"boilerpipe\", \"pages\": %d, \"errors\": %d, \"warmup_passes\": %d, \"loop_s\": %.3f, "
            + "\"pages_per_s\": %.2f, \"cold_loop_s\": %.3f, \"cold_pages_per_s\": %.2f}%n",
        n, errors, warm, s, n / s, cold, cold > 0 ? n / cold : -1.0);
  }
}
