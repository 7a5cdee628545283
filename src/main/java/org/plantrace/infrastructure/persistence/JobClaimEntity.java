package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Row of table JOB_CLAIM: job {@code review:<township plan>} is being run by node N since T. The
 * job's name is the primary key, so the database itself refuses a second claim (see JpaJobClaims).
 */
@Entity
@Table(name = "JOB_CLAIM")
public class JobClaimEntity {
    @Id
    @Column(name = "JOB", length = 400, updatable = false)
    private String job;

    @Column(name = "NODE", length = 40, nullable = false, updatable = false)
    private String node;

    @Column(name = "CLAIMED_AT", nullable = false, updatable = false)
    private OffsetDateTime claimedAt;

    protected JobClaimEntity() {
    }

    JobClaimEntity(String job, String node, OffsetDateTime claimedAt) {
        this.job = job;
        this.node = node;
        this.claimedAt = claimedAt;
    }

    String job() {
        return job;
    }

    String node() {
        return node;
    }

    OffsetDateTime claimedAt() {
        return claimedAt;
    }
}
