package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsReachTheSinkInTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    Parallel.forEachOrdered(items, i -> {
      sleepMillis((i * 7) % 5);
      return i * 2;
    }, 3, seen::add);
    assertThat(seen).isEqualTo(items.stream().map(i -> i * 2).toList());
  }

  @Test
  void atMostFourTimesTheThreadsWaitForTheSink() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Parallel.forEachOrdered(IntStream.range(0, 100).boxed().toList(), i -> {
      most.accumulateAndGet(started.incrementAndGet() - consumed.get(), Math::max);
      return i;
    }, 2, i -> {
      sleepMillis(1);
      consumed.incrementAndGet();
    });
    assertThat(consumed.get()).isEqualTo(100);
    assertThat(most.get()).isBetween(2, 9);
  }

  @Test
  void aFailureOfOneItemIsThrownAsItIs() {
    assertThatThrownBy(() -> Parallel.forEachOrdered(List.of(1, 2, 3), i -> {
      if (i == 2) {
        throw new IllegalArgumentException("bad item");
      }
      return i;
    }, 2, i -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item");
  }

  private static void sleepMillis(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
