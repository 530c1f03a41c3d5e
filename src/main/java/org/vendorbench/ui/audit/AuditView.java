package org.vendorbench.ui.audit;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vendorbench.domain.audit.AuditEntry;

/** The Audit area's view: chain status banner, filter and the log table; binds to {@link AuditViewModel}. */
public final class AuditView extends BorderPane {

    public AuditView(AuditViewModel vm) {
        setId("audit-view");
        Label banner = new Label();
        banner.setId("audit-banner");
        banner.textProperty().bind(vm.bannerProperty());
        banner.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.intactProperty())
                .then("-fx-text-fill: -color-success-fg; -fx-font-weight: bold;")
                .otherwise("-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;"));
        TextField filter = new TextField();
        filter.setId("audit-filter");
        filter.setPromptText("Filter (user, entity, action, value, reason…)");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        Button verify = new Button("Verify again");
        verify.setOnAction(e -> vm.refresh());
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox top = new VBox(6, banner, new HBox(8, filter, verify));
        top.setPadding(new Insets(8));

        TableView<AuditEntry> table = new TableView<>(vm.entries());
        table.setId("audit-table");
        table.getColumns().setAll(List.of(
                col("Seq", e -> Long.toString(e.seq())),
                col("Time", e -> e.time().toString()),
                col("User", AuditEntry::user),
                col("Entity", AuditEntry::entity),
                col("Action", AuditEntry::action),
                col("Old", AuditEntry::oldValue),
                col("New", AuditEntry::newValue),
                col("Reason", AuditEntry::reason)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setTop(top);
        setCenter(table);
        vm.refresh();
    }

    private static TableColumn<AuditEntry, String> col(String title, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
