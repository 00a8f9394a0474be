package cn.tongpin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No cycle among the application's packages: a package that depends on another must not be
 * depended on by it, directly or through others, so that each feature can be read, changed and
 * tested from the bottom up. Sub-packages are packages of their own. Dependencies are read from the
 * sources (imports and fully qualified names), without starting the application.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** A reference to a type of the application: its package is everything before the first capital. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(cn\\.tongpin(?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z*])");

    @Test
    void packagesShouldNotDependOnEachOtherInACircle() {
        Map<String, Map<String, Set<String>>> graph = graph(SOURCES);
        assertTrue(graph.size() > 10, "no sources found under " + SOURCES.toAbsolutePath());
        List<String> cycles = cycles(graph);
        assertTrue(cycles.isEmpty(), "package cycles (each line: one cycle, each arrow: a dependency and a file that makes it):\n"
                + String.join("\n", cycles));
    }

    @Test
    void shouldFindAndNameACycle() {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        edge(graph, "a", "b", "A.java");
        edge(graph, "b", "c", "B.java");
        edge(graph, "c", "a", "C.java");
        edge(graph, "c", "d", "C.java");
        edge(graph, "d", "e", "D.java");
        List<String> cycles = cycles(graph);
        assertEquals(1, cycles.size(), cycles.toString());
        assertEquals("a -(A.java)-> b -(B.java)-> c -(C.java)-> a", cycles.get(0));
        graph.get("c").remove("a");
        assertTrue(cycles(graph).isEmpty(), "no cycle once c no longer uses a");
    }

    /** package → package it uses → files of the first that use the second. */
    static Map<String, Map<String, Set<String>>> graph(Path root) {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    return;
                }
                String from = declared.group(1);
                graph.computeIfAbsent(from, p -> new TreeMap<>());
                Matcher reference = REFERENCE.matcher(source.substring(declared.end()));
                while (reference.find()) {
                    String to = reference.group(1);
                    if (!to.equals(from)) {
                        edge(graph, from, to, root.relativize(file).toString());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static void edge(Map<String, Map<String, Set<String>>> graph, String from, String to, String file) {
        graph.computeIfAbsent(from, p -> new TreeMap<>()).computeIfAbsent(to, p -> new TreeSet<>()).add(file);
        graph.computeIfAbsent(to, p -> new TreeMap<>());
    }

    /**
     * One cycle per knot (strongly connected set of packages), the shortest through its first
     * package, written as a path; the knot's other members follow when the path does not pass them.
     */
    static List<String> cycles(Map<String, Map<String, Set<String>>> graph) {
        List<String> cycles = new ArrayList<>();
        for (Set<String> knot : knots(graph)) {
            String start = knot.iterator().next();
            List<String> path = shortestCycle(graph, knot, start);
            StringBuilder line = new StringBuilder(start);
            for (int i = 1; i < path.size(); i++) {
                String file = graph.get(path.get(i - 1)).get(path.get(i)).iterator().next();
                line.append(" -(").append(file).append(")-> ").append(path.get(i));
            }
            Set<String> others = new TreeSet<>(knot);
            path.forEach(others::remove);
            if (!others.isEmpty()) {
                line.append("   [same knot: ").append(String.join(", ", others)).append(']');
            }
            cycles.add(line.toString());
        }
        return cycles;
    }

    /** Tarjan's strongly connected components with more than one package. */
    private static List<Set<String>> knots(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> knots = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, knots, counter);
            }
        }
        return knots;
    }

    private static void connect(String node, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> knots, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.get(node).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, knots, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> knot = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                knot.add(member);
            } while (!member.equals(node));
            if (knot.size() > 1) {
                knots.add(knot);
            }
        }
    }

    /** Breadth first from start back to start, within the knot. */
    private static List<String> shortestCycle(Map<String, Map<String, Set<String>>> graph, Set<String> knot, String start) {
        Map<String, String> cameFrom = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : graph.get(node).keySet()) {
                if (!knot.contains(next)) {
                    continue;
                }
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String at = node; !at.equals(start); at = cameFrom.get(at)) {
                        path.add(1, at);
                    }
                    path.add(start);
                    return path;
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, node);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
