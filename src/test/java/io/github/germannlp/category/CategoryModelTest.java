package io.github.germannlp.category;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryModelTest {
  @TempDir Path dir;

  private static final String TEXT = "Die Regierung will das Gesetz im Bundestag beschließen.";

  @Test
  void saveAndLoadGiveTheSameScores() throws IOException {
    CategoryModel model = Fixture.model();
    Path file = dir.resolve("m.bin");
    model.write(file);
    CategoryModel loaded = CategoryModel.load(file);
    assertEquals(
        List.of("Kultur", "Politik", "Sport", "Wirtschaft"),
        loaded.categories().stream().sorted().toList());
    assertEquals(model.categories(), loaded.categories());
    assertEquals(FeatureSet.GERMAN, loaded.features());
    assertEquals(model.description(), loaded.description());
    assertTrue(loaded.description().contains("24 articles"), loaded.description());
    assertEquals(
        new Categorizer(model).categorize(TEXT).ranked(),
        new Categorizer(loaded).categorize(TEXT).ranked());
    byte[] bytes = Files.readAllBytes(file);
    byte[] magic = CategoryModel.MAGIC.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(magic, Arrays.copyOfRange(bytes, 2, 2 + magic.length), "magic header");
  }

  @Test
  void missingFileFailsWithItsPath() {
    Path missing = dir.resolve("missing.bin");
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> CategoryModel.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  private void assertCorrupt(byte[] content, String mention) throws IOException {
    Path f = Files.write(dir.resolve("corrupt.bin"), content);
    IOException e = assertThrows(IOException.class, () -> CategoryModel.load(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(mention), e.getMessage());
  }

  @Test
  void corruptFilesFailFast() throws IOException {
    assertCorrupt(new byte[0], "not a german-nlp category model");
    assertCorrupt(
        "hello, not a model at all".getBytes(StandardCharsets.UTF_8),
        "not a german-nlp category model");
    ByteArrayOutputStream good = new ByteArrayOutputStream();
    Fixture.model().write(good);
    byte[] bytes = good.toByteArray();
    assertCorrupt(Arrays.copyOf(bytes, bytes.length / 2), "truncated");
    byte[] garbled = bytes.clone();
    for (int i = garbled.length - 200; i < garbled.length - 100; i++) {
      garbled[i] ^= 0x5A;
    }
    assertCorrupt(garbled, "cannot read category model");
    // the header of another version
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(other);
    data.writeUTF(CategoryModel.MAGIC);
    data.writeInt(CategoryModel.VERSION + 1);
    data.flush();
    assertCorrupt(other.toByteArray(), "unsupported category model version");
  }

  @Test
  void anEntityModelIsNotACategoryModel() throws IOException {
    Path entity = Path.of("models/entities-de.bin");
    if (Files.isRegularFile(entity)) {
      IOException e = assertThrows(IOException.class, () -> CategoryModel.load(entity));
      assertTrue(e.getMessage().contains("entities-de.bin"), e.getMessage());
    }
  }
}
