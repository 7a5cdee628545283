package org.plantrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.plantrace.defaults.PackagedDefaults;
import org.plantrace.search.ClauseSearch;
import org.plantrace.search.LinkFacts;
import org.plantrace.search.SearchHit;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.SearchResult;
import org.plantrace.search.ViewerRole;
import org.plantrace.search.analysis.Vocabulary;

/**
 * {@code search QUERY [--data DIR] [--limit N] [--filter key=value]…}: searches the published
 * versions, as the public does, and prints
 * {@code {"total","hits":[{"id","uid","plan","heading","path","snippet","score","mandatory"}],
 * "facets":{"plan":[{"value","count"}],"level":[…],…}}}; a query
 * it cannot read adds {@code "message"}; {@code "related"} lists the places, control lines and
 * indicators the query names ({@code [{"key","name","count"}]}, key usable as {@code --filter key=name}).
 * Filters: {@code plan level chapter kind mandatory township control_line has_indicator indicator};
 * every published plan of every level is searched unless {@code plan=} or {@code level=} narrows it.
 * {@code reindex [--data DIR]} rebuilds the index.
 */
final class SearchCommand {
    private SearchCommand() {
    }

    static int search(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String query = null;
        String dataDir = null;
        int limit = SearchRequest.DEFAULT_PAGE_SIZE;
        List<String[]> filters = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data")) {
                dataDir = value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
            } else if (arg.equals("--limit")) {
                String n = value(args, ++i, "--limit 后面需要一个数 / --limit needs N");
                try {
                    limit = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw new UsageException("--limit 应为正整数 / --limit needs a positive number: " + n);
                }
                if (limit <= 0) {
                    throw new UsageException("--limit 应为正整数 / --limit needs a positive number: " + n);
                }
            } else if (arg.equals("--filter")) {
                String kv = value(args, ++i, "--filter 后面需要 key=value / --filter needs key=value");
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--filter 应写成 key=value / --filter needs key=value: " + kv);
                }
                filters.add(new String[] {kv.substring(0, eq), kv.substring(eq + 1)});
            } else if (arg.startsWith("--")) {
                throw new UsageException("未知选项 / unknown option: " + arg);
            } else if (query == null) {
                query = arg;
            } else {
                throw new UsageException("查询请用引号括起来作为一个参数 / quote the QUERY as one argument");
            }
        }
        if (query == null) {
            throw new UsageException("search 需要一个查询 / search needs a QUERY");
        }
        SearchRequest request = new SearchRequest(query, Map.of(), 0, limit, null);
        for (String[] f : filters) {
            request = request.filter(f[0], f[1]);
        }
        SearchRequest finalRequest = request;
        return withSearch(dataDir, search -> {
            SearchResult result = search.search(finalRequest, ViewerRole.PUBLIC);
            Console.line(out, json(result));
            if (result.problem().isPresent()) {
                // a query the search could not read is refused, like bad input elsewhere: exit 2
                Console.line(err, Console.oneLine(result.problem().get()));
                return Main.REFUSED;
            }
            return Main.OK;
        });
    }

    static int reindex(List<String> args, PrintStream out) throws UsageException {
        String dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data")) {
                dataDir = value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
            } else {
                throw new UsageException("reindex 只接受 --data DIR / reindex takes only --data DIR: " + args.get(i));
            }
        }
        return withSearch(dataDir, search -> {
            int versions = search.reindex();
            Console.line(out, "已重建索引 / reindexed: versions=" + versions);
            return Main.OK;
        });
    }

    private interface Work {
        int run(ClauseSearch search);
    }

    private static int withSearch(String dataDir, Work work) {
        return Store.<RuntimeException>withLinksExisting(dataDir, (data, repository, links) -> {
            // the township, control-line and indicator fields come from the effective links
            try (ClauseSearch search = ClauseSearch.open(data.searchIndex(), repository, vocabularyFolder(),
                    new LinkFacts(links::effectiveLinks))) {
                return work.run(search);
            }
        });
    }

    /** {@code corpus/search}: under -Dplantrace.corpus if set, else ./corpus (as the web app finds it). */
    static Path vocabularyFolder() {
        String corpus = System.getProperty("plantrace.corpus");
        Path folder = Path.of(corpus == null || corpus.isBlank() ? "corpus" : corpus).resolve("search");
        // run outside the project folder: the vocabulary the program carries
        return java.nio.file.Files.isDirectory(folder) ? folder
                : PackagedDefaults.folder("corpus/search", List.of(Vocabulary.TERMS_FILE, Vocabulary.SYNONYMS_FILE));
    }

    static String json(SearchResult result) {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("total", result.total());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : result.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("id", h.id());
            hit.put("uid", h.uid());
            hit.put("plan", h.plan());
            hit.put("heading", h.heading());
            ArrayNode path = hit.putArray("path");
            h.path().forEach(path::add);
            hit.put("snippet", h.snippet());
            hit.put("score", h.score());
            hit.put("mandatory", h.mandatory());
        }
        if (!result.facets().isEmpty()) {
            ObjectNode facets = root.putObject("facets");
            new java.util.TreeMap<>(result.facets()).forEach((key, values) -> {
                ArrayNode list = facets.putArray(key);
                values.forEach(v -> list.addObject().put("value", v.value()).put("count", v.count()));
            });
        }
        if (!result.related().isEmpty()) {
            ArrayNode related = root.putArray("related");
            result.related().forEach(r -> related.addObject().put("key", r.key()).put("name", r.name())
                    .put("count", r.count()));
        }
        result.problem().ifPresent(m -> root.put("message", m));
        return root.toString();
    }

    private static String value(List<String> args, int i, String missing) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(missing);
        }
        return args.get(i);
    }
}
