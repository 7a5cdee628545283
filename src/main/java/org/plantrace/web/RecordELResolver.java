package org.plantrace.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read record components as properties ({@code #{home.summary.title}} calls
 * {@code title()}). Jakarta EL 5, the version in Faces 4.0, knows only getX() accessors; EL 6
 * adds records. Read-only, like records. Registered in faces-config.xml.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: EL asks getType only to write
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    /** The component accessor named by the property, or null when this resolver does not apply. */
    private static Method accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return null;
        }
        for (RecordComponent c : base.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                return m;
            }
        }
        return null;
    }
}
