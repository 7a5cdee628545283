package org.plantrace.infrastructure.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.plantrace.conformance.Figures;
import org.plantrace.conformance.Finding.CountyCite;
import org.plantrace.conformance.Finding.TownshipCite;

/**
 * A finding's clause citations (and a quantity's figures) as JSON columns: they are read and written only with their finding,
 * never queried, so a table of their own would buy nothing.
 */
final class Cites {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cites() {
    }

    static String county(List<CountyCite> cites) {
        return write(cites);
    }

    static String township(List<TownshipCite> cites) {
        return write(cites);
    }

    static String figures(Figures figures) {
        return figures == null ? null : write(figures);
    }

    static Figures figures(String json) {
        return json == null || json.isBlank() ? null : read(json, new TypeReference<Figures>() { });
    }

    static List<CountyCite> county(String json) {
        return read(json, new TypeReference<List<CountyCite>>() { });
    }

    static List<TownshipCite> township(String json) {
        return read(json, new TypeReference<List<TownshipCite>>() { });
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citations not writable as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json == null || json.isBlank() ? "[]" : json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations are not valid JSON: " + e.getMessage(), e);
        }
    }
}
