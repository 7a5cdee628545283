package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;
import org.plantrace.web.view.ClauseLink;
import org.plantrace.citation.DisplayNumber;

class RecordELResolverTest {
    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponents() {
        ELContext context = new Context();
        ClauseLink link = new ClauseLink("u1", "条", DisplayNumber.source("第13条"), "划定生态保护红线", "", true);

        assertEquals("划定生态保护红线", resolver.getValue(context, link, "heading"));
        assertTrue(context.isPropertyResolved());
        assertEquals(Boolean.TRUE, resolver.getValue(new Context(), link, "mandatory"));
        assertTrue(resolver.isReadOnly(new Context(), link, "uid"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(new Context(), link, "uid", "x"));
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = new Context();

        // path() and title() are methods, not components: pages call them as #{link.path()}
        ClauseLink link = new ClauseLink("u", "条", DisplayNumber.NONE, "t", "", false);
        assertNull(resolver.getValue(context, link, "path"));
        assertNull(resolver.getValue(context, link, "title"));
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, null, "home"));
        assertFalse(context.isPropertyResolved());
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
