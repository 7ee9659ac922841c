package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate pos} on a small CoNLL-U fixture with a multi-word token. */
class PosEvalCliTest {
  @Test
  void scoresUposAndLemmasOnGoldWords(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.conllu");
    Files.writeString(
        gold,
        String.join(
            "\n",
            "# text = Die Sanktionen gehen zum Rat.",
            "1\tDie\tder\tDET\t_\t_\t2\tdet\t_\t_",
            "2\tSanktionen\tSanktion\tNOUN\t_\t_\t3\tnsubj\t_\t_",
            "3\tgehen\tgehen\tVERB\t_\t_\t0\troot\t_\t_",
            "4-5\tzum\t_\t_\t_\t_\t_\t_\t_\t_",
            "4\tzu\tzu\tADP\t_\t_\t6\tcase\t_\t_",
            "5\tdem\tder\tDET\t_\t_\t6\tdet\t_\t_",
            "6\tRat\tRat\tNOUN\t_\t_\t3\tobl\t_\t_",
            "7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_",
            "",
            ""),
        StandardCharsets.UTF_8);
    CliTest.Result r = CliTest.run("", "evaluate", "pos", gold.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("1 sentences, 7 gold words"), r.out());
    assertTrue(r.out().contains("upos       100.00"), r.out());
    assertTrue(r.out().contains("lemma      100.00 exact"), r.out());
  }

  @Test
  void missingFileIsAnInputError() {
    CliTest.Result r = CliTest.run("", "evaluate", "pos", "/no/such/file.conllu");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/no/such/file.conllu"), r.err());
  }

  @Test
  void pretokenizedInputGetsTagsLemmasAndEntities() {
    CliTest.Result r =
        CliTest.run(
            "Wladimir\nPutin\ntraf\nXi\nJinping\n.\n\nDie\nSanktionen\nwirken\n.\n",
            "analyze",
            "--pretokenized",
            "--format",
            "conll");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("Wladimir\t0\t8\tPROPN\tWladimir\tB-PER", lines[0]);
    assertEquals("traf\t15\t19\tVERB\ttreffen\tO", lines[2]);
    assertEquals("", lines[6], "blank line between the given sentences");
    assertTrue(
        lines[8].startsWith("Sanktionen\t") && lines[8].contains("\tNOUN\tSanktion\t"), lines[8]);
  }
}
