package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Row of table LINK_DERIVATION: this version's links were derived (and when last), so that a
 * version whose clauses have no links at all is told apart from one never derived.
 */
@Entity
@Table(name = "LINK_DERIVATION")
@IdClass(LinkDerivationEntity.Key.class)
public class LinkDerivationEntity {
    @Id
    @Column(name = "PLAN_CODE", length = 200)
    String plan;
    @Id
    @Column(name = "VERSION_NUMBER")
    int version;
    @Column(name = "DERIVED_AT", nullable = false)
    OffsetDateTime derivedAt;

    protected LinkDerivationEntity() {
    }

    LinkDerivationEntity(String plan, int version, OffsetDateTime derivedAt) {
        this.plan = plan;
        this.version = version;
        this.derivedAt = derivedAt;
    }

    /** The composite key (plan, version). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String plan;
        int version;

        public Key() {
        }

        Key(String plan, int version) {
            this.plan = plan;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.plan, plan);
        }

        @Override
        public int hashCode() {
            return Objects.hash(plan, version);
        }
    }
}
