package org.plantrace.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseAddressesTest {
    @Test
    void aClauseOfAVersionUnderTheBase() {
        ClauseAddresses a = ClauseAddresses.at("https://plan.example.cn/plantrace//");
        assertTrue(a.known());
        assertEquals("https://plan.example.cn/plantrace/plans/hunyuan-2021-2035/3/clauses/c6qbza7bl",
                a.clause("hunyuan-2021-2035", 3, "c6qbza7bl"));
        assertEquals("https://plan.example.cn/plantrace/plans/hunyuan-2021-2035/3/clauses/", a.versionPrefix("hunyuan-2021-2035", 3));
    }

    @Test
    void withoutABaseThePathInsideTheApp() {
        assertFalse(ClauseAddresses.none().known());
        assertEquals("/plans/a%20b/1/clauses/x%2Fy", ClauseAddresses.none().clause("a b", 1, "x/y"));
    }

    @Test
    void aBaseThatIsNotAWebAddressIsRefusedByName() {
        for (String bad : new String[] {"ftp://plan.example.cn", "plan.example.cn", "https://", "https://h/x?q=1", "http://a b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClauseAddresses.at(bad), bad);
            assertTrue(e.getMessage().contains(bad.strip()), e.getMessage());
        }
    }
}
