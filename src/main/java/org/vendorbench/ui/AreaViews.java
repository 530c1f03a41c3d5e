package org.vendorbench.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Which view each navigation area shows. Every area starts with its placeholder page; a feature
 * replaces it by registering its view in {@code AppContext}:
 * {@code areaViews.register(Area.SCORING, () -> new ScoringView(new ScoringViewModel(...)))}.
 * Views are built on first display and then kept, so switching areas keeps their state.
 */
public final class AreaViews {
    private final Map<Area, Supplier<? extends Node>> factories = new EnumMap<>(Area.class);
    private final Map<Area, Node> built = new EnumMap<>(Area.class);
    private final Function<Area, Node> placeholder;

    /** @param placeholder builds the page of an area nobody registered a view for */
    public AreaViews(Function<Area, Node> placeholder) {
        this.placeholder = Objects.requireNonNull(placeholder);
    }

    /** Installs the full view of {@code area}; call before the area is first shown. */
    public void register(Area area, Supplier<? extends Node> factory) {
        factories.put(Objects.requireNonNull(area), Objects.requireNonNull(factory));
        built.remove(area);
    }

    public boolean hasView(Area area) {
        return factories.containsKey(area);
    }

    /** The area's view, built on first use (on the UI thread). */
    public Node viewFor(Area area) {
        return built.computeIfAbsent(area, a -> {
            Supplier<? extends Node> factory = factories.get(a);
            return factory == null ? placeholder.apply(a) : factory.get();
        });
    }
}
