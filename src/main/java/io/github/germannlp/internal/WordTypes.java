package io.github.germannlp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What one pipeline's layers compute once per word type, kept in one record a type ({@link Type}),
 * so that a token costs one cache lookup for all layers instead of one a layer: the pipeline looks
 * up its tokens' records ({@link #of}) and hands them to each layer, which keeps its own value in
 * its {@link Slot} of the record. A layer used without records keeps its values in a cache of its
 * own; both give the same values. A record is a small object and an array of {@value #SLOTS} slots,
 * about 70 bytes, beside the values its layers keep in it.
 *
 * <p>One {@code WordTypes} serves one set of layer objects (one pipeline's): a slot holds what that
 * layer computed, so records are not shared between pipelines whose layers differ. Bounded as a
 * {@link BoundedCache} of {@value #CAPACITY} types. Thread-safe: a record's values are published
 * with release and read with acquire semantics, so a thread that finds one sees it whole; threads
 * that race on one compute the same value, and either stays.
 *
 * <pre>{@code
 * static final WordTypes.Slot<Integer> LENGTH = WordTypes.newSlot(); // once, in a layer class
 *
 * WordTypes types = new WordTypes(); // one per pipeline
 * WordTypes.Type putin = types.of(new String[] {"Putin", "sagte"})[0];
 * int length = putin.get(LENGTH, "Putin", String::length); // computed once per type
 * }</pre>
 */
public final class WordTypes {
  /** The most word types kept, as the layers' own caches keep. */
  public static final int CAPACITY = 1 << 15;

  /** The most slots: one per layer that keeps a value per word type. */
  static final int SLOTS = 8;

  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

  private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(Object[].class);

  private final BoundedCache<String, Type> types = new BoundedCache<>(CAPACITY);

  private final Function<String, Type> newType = w -> new Type();

  /**
   * A layer's place in every record, made once by the layer class.
   *
   * @param <T> the type of the layer's value
   */
  public static final class Slot<T> {
    private final int index;

    private Slot(int index) {
      this.index = index;
    }
  }

  /**
   * A new slot, for a layer class's static field.
   *
   * @param <T> the type of the layer's value
   * @return a slot no other layer has
   * @throws IllegalStateException if all {@value #SLOTS} slots are taken
   */
  public static <T> Slot<T> newSlot() {
    int i = NEXT_SLOT.getAndIncrement();
    if (i >= SLOTS) {
      throw new IllegalStateException("at most " + SLOTS + " slots in a word type's record");
    }
    return new Slot<>(i);
  }

  /** The record of one word type: one value a slot, null until its layer sets it. */
  public static final class Type {
    private final Object[] values = new Object[SLOTS];

    private Type() {}

    /**
     * The value a layer set in its slot.
     *
     * @param <T> the type of the layer's value
     * @param slot the layer's slot
     * @return the value, or null if none was set
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Slot<T> slot) {
      return (T) VALUES.getAcquire(values, slot.index);
    }

    /**
     * The value a layer set in its slot, or, when there is none yet, {@code compute} of the word
     * this record is of, set there first: as {@link BoundedCache#get} for one layer's values.
     * Threads that race compute equal values, and either stays.
     *
     * @param <T> the type of the layer's value
     * @param slot the layer's slot
     * @param word the word this record is of
     * @param compute the layer's value of a word, never null
     * @return the value
     */
    public <T> T get(Slot<T> slot, String word, Function<? super String, ? extends T> compute) {
      T value = get(slot);
      if (value == null) {
        value = compute.apply(word);
        set(slot, value);
      }
      return value;
    }

    /**
     * Sets a layer's value; a value another thread set in the meantime is replaced by this one,
     * which must be equal to it.
     *
     * @param <T> the type of the layer's value
     * @param slot the layer's slot
     * @param value the value
     */
    public <T> void set(Slot<T> slot, T value) {
      VALUES.setRelease(values, slot.index, value);
    }
  }

  /**
   * Checks that records are one a word.
   *
   * @param types the records of a sentence's or a document's words, or null for none
   * @param words the number of words
   * @throws IllegalArgumentException if {@code types} is given for another number of words
   */
  public static void requireOneEach(Type[] types, int words) {
    if (types != null && types.length != words) {
      throw new IllegalArgumentException(types.length + " word types for " + words + " words");
    }
  }

  /**
   * The records of words, the same record for the same word while it stays cached.
   *
   * @param words the words (token texts), none null
   * @return one record a word, in order
   */
  public Type[] of(String[] words) {
    Type[] out = new Type[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = types.get(words[i], newType);
    }
    return out;
  }

  /** The number of records kept (for tests). */
  int size() {
    return types.size();
  }
}
