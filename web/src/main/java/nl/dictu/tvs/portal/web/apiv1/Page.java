package nl.dictu.tvs.portal.web.apiv1;

import jakarta.json.bind.annotation.JsonbProperty;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a list with HAL-style links ({@code _links}: self, first, last, and prev and next
 * where there is one), as the API Design Rules ask; {@code page} counts from 1.
 */
public record Page<T>(List<T> items, int page, int pageSize, int totalItems, int totalPages,
                      @JsonbProperty("_links") Map<String, Link> links) {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;

    /** A link: {@code href}, a path from the server's root. */
    public record Link(String href) {
    }

    /** @throws ActionRefusedException (422) for a page below 1 or a size outside 1 to 100 */
    static <T> Page<T> of(List<T> all, Integer page, Integer pageSize, String path) {
        int number = page == null ? 1 : page;
        int size = pageSize == null ? DEFAULT_SIZE : pageSize;
        if (number < 1 || size < 1 || size > MAX_SIZE) {
            throw ActionRefusedException.of(page == null || number >= 1 ? "pageSize" : "page", "api.paging.invalid");
        }
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int from = Math.min(all.size(), (number - 1) * size);
        List<T> items = List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", link(path, number, size));
        links.put("first", link(path, 1, size));
        if (number > 1) {
            links.put("prev", link(path, Math.min(number - 1, pages), size));
        }
        if (number < pages) {
            links.put("next", link(path, number + 1, size));
        }
        links.put("last", link(path, pages, size));
        return new Page<>(items, number, size, all.size(), pages, links);
    }

    private static Link link(String path, int page, int size) {
        return new Link(path + "?page=" + page + "&pageSize=" + size);
    }
}
