package org.plantrace.application.chain;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.application.IngestResult;
import org.plantrace.application.IngestService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.Entity;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;

/**
 * Brings a lower plan in under its parent. Everything is checked before anything is stored: the
 * parent exists and may transmit to the level, the township is one of the parent's, the document
 * reads, its title names no other township, and it is not the parent plan itself (by title, or by
 * sharing most of its clause texts with the parent's newest version). Needs
 * {@code UPLOAD_LOWER_PLAN}, and {@code PUBLISH} to store it published.
 */
public class LowerPlanService {
    /** A clause text this long or longer counts towards the overlap with the parent; shorter ones are boilerplate. */
    static final int OVERLAP_MIN_CHARS = 12;
    /** The share of a text's clauses found word for word in the parent above which it IS the parent. */
    static final double OVERLAP_LIMIT = 0.5;
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*[—–－\\-~～至]+\\s*((?:19|20)\\d{2})");

    private PlanRepository repository;
    private IngestService ingest;
    private ParentGazetteers gazetteers;

    /** For CDI's client proxy only. */
    protected LowerPlanService() {
    }

    public LowerPlanService(PlanRepository repository, IngestService ingest, ParentGazetteers gazetteers) {
        this.repository = Objects.requireNonNull(repository);
        this.ingest = Objects.requireNonNull(ingest);
        this.gazetteers = Objects.requireNonNull(gazetteers);
    }

    /** The townships a lower plan of {@code parentCode} may cover; empty when the parent is unknown. */
    public Townships townships(String parentCode) {
        return repository.plan(parentCode).map(p -> new Townships(gazetteers.of(p)))
                .orElseGet(() -> new Townships(org.plantrace.extract.entity.Gazetteer.empty()));
    }

    /**
     * Reads and stores the lower plan as the next version of its (derived) plan code: a draft, or
     * published when asked and allowed.
     *
     * @throws InputRejectedException one line naming the file and the problem; nothing stored
     */
    public IngestResult ingest(Actor actor, LowerPlanRequest request) throws InputRejectedException {
        Permissions.standard().require(actor, Action.UPLOAD_LOWER_PLAN);
        if (request.publish()) {
            Permissions.standard().require(actor, Action.PUBLISH);
        }
        String file = fileName(request.document());
        Plan parent = parent(file, request);
        Townships townships = new Townships(gazetteers.of(parent));
        Entity chosen = request.township().isEmpty() ? null : townships.resolve(request.township())
                .orElseThrow(() -> new InputRejectedException(file, townships.all().isEmpty()
                        ? Message.of("chain.township.noGazetteer", request.township(), parent.name())
                        : Message.of("chain.township.unknown", request.township(), parent.name(), townships.names())));

        Outline outline = PlanReaders.read(request.document());
        String title = outline.title().strip();
        Entity township = chosen != null ? chosen : detected(file, title, townships);
        for (Entity named : townships.namedIn(title)) {
            if (!named.id().equals(township.id())) {
                throw new InputRejectedException(file, Message.of("chain.township.otherInTitle", title, named.name(),
                        township.name()));
            }
        }
        refuseParentItself(file, title, outline.clauses(), parent);

        Plan plan = new Plan(LowerPlanCodes.code(parent.code(), township.id(), township.name(), request.level()),
                title.isEmpty() ? township.name() + request.level().label() : title, request.level(),
                township.name(), year(title, 1, parent.periodFrom()), year(title, 2, parent.periodTo()),
                parent.code(), new Jurisdiction(township.name(), township.id(), adminCode(township)));
        return ingest.store(plan, outline, request.document(), request.publish());
    }

    /** No township given: the one the title names, if it names exactly one. */
    private static Entity detected(String file, String title, Townships townships) throws InputRejectedException {
        List<Entity> named = townships.namedIn(title);
        if (named.size() != 1) {
            throw new InputRejectedException(file, Message.of(named.isEmpty() ? "chain.township.noneInTitle"
                    : "chain.township.severalInTitle", title));
        }
        return named.get(0);
    }

    private Plan parent(String file, LowerPlanRequest request) throws InputRejectedException {
        if (request.parentCode().isEmpty()) {
            throw new InputRejectedException(file, Message.of("chain.parent.missing"));
        }
        Plan parent = repository.plan(request.parentCode()).orElseThrow(() -> new InputRejectedException(file,
                Message.of("chain.parent.unknown", request.parentCode(), String.join("、",
                        repository.plans().stream().map(Plan::code).toList()))));
        if (!parent.level().transmitsTo(request.level())) {
            throw new InputRejectedException(file, Message.of("chain.parent.level", parent.name(), parent.level(),
                    request.level()));
        }
        return parent;
    }

    /**
     * The county plan offered as its own township plan: same title, or most of its substantial
     * clauses word for word in the parent's newest version.
     */
    private void refuseParentItself(String file, String title, List<Clause> clauses, Plan parent)
            throws InputRejectedException {
        if (!title.isEmpty() && normal(title).equals(normal(parent.name()))) {
            throw new InputRejectedException(file, Message.of("chain.parentItself.title", parent.name()));
        }
        PlanVersion parentText = repository.latestVersion(parent.code()).orElse(null);
        if (parentText == null) {
            return;
        }
        Set<String> parentTexts = new HashSet<>();
        for (Clause c : ClauseTree.flatten(parentText.clauses())) {
            parentTexts.add(normal(c.text()));
        }
        int counted = 0;
        int shared = 0;
        for (Clause c : ClauseTree.flatten(clauses)) {
            String text = normal(c.text());
            if (text.length() >= OVERLAP_MIN_CHARS) {
                counted++;
                shared += parentTexts.contains(text) ? 1 : 0;
            }
        }
        if (counted > 0 && shared > OVERLAP_LIMIT * counted) {
            throw new InputRejectedException(file, Message.of("chain.parentItself.text", counted, shared, parent.name()));
        }
    }

    /** Without white space and book-title marks: 《A》 and A are the same title. */
    private static String normal(String s) {
        return s.replaceAll("[\\s《》\\u3000]+", "");
    }

    private static int year(String title, int group, int fallback) {
        Matcher m = PERIOD.matcher(title);
        return m.find() ? Integer.parseInt(m.group(group)) : fallback;
    }

    /** The gazetteer's administrative division code for the unit, where it records one. */
    private static String adminCode(Entity township) {
        String code = township.fact("adcode");
        return code == null ? township.fact("行政区划代码") : code;
    }

    private static String fileName(Path document) {
        Path name = document.getFileName();
        return name == null ? document.toString() : name.toString();
    }
}
