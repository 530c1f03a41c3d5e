package org.vendorbench.ui.memo;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * The Memo area's view: options, Preview and Export… on top, the page list (thumbnails) on the
 * left and the selected page at the chosen zoom on the right. Page images come from the
 * view-model as AWT images and are converted once per preview on the UI thread.
 */
public final class MemoView extends BorderPane {
    private final MemoViewModel vm;
    private final ObservableList<Image> images = FXCollections.observableArrayList();
    private final ImageView page = new ImageView();

    public MemoView(MemoViewModel vm) {
        this.vm = vm;
        setId("memo-view");
        // crisp at 100 % on HiDPI screens: one image pixel per device pixel
        vm.dpiProperty().set(96 * Math.max(1, Screen.getPrimary().getOutputScaleX()));

        CheckBox finalStatus = new CheckBox("Final");
        finalStatus.setId("memo-final");
        finalStatus.setTooltip(new Tooltip("Mark the memo final (otherwise DRAFT)"));
        finalStatus.selectedProperty().bindBidirectional(vm.finalStatusProperty());
        CheckBox pdfa = new CheckBox("PDF/A");
        pdfa.setId("memo-pdfa");
        pdfa.setTooltip(new Tooltip("Archive format PDF/A-2A instead of PDF/UA-1"));
        pdfa.selectedProperty().bindBidirectional(vm.pdfaProperty());
        CheckBox appendix = new CheckBox("Appendix");
        appendix.setId("memo-appendix");
        appendix.selectedProperty().bindBidirectional(vm.appendixProperty());
        TextField preparedBy = new TextField();
        preparedBy.setId("memo-prepared-by");
        preparedBy.setPromptText("Prepared by");
        preparedBy.setPrefColumnCount(14);
        preparedBy.textProperty().bindBidirectional(vm.preparedByProperty());
        Button preview = new Button("Preview");
        preview.setId("memo-preview");
        preview.setDefaultButton(true);
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> vm.preview());
        Button export = new Button("Export…");
        export.setId("memo-export");
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> vm.export());
        Slider zoom = new Slider(MemoViewModel.MIN_ZOOM, 2, 1);
        zoom.setId("memo-zoom");
        zoom.setPrefWidth(120);
        zoom.valueProperty().bindBidirectional(vm.zoomProperty());
        Label zoomText = new Label();
        zoomText.textProperty().bind(vm.zoomProperty().multiply(100).asString("%.0f %%"));
        Label message = new Label();
        message.setId("memo-message");
        message.textProperty().bind(vm.messageProperty());
        FlowPane bar = new FlowPane(8, 6, finalStatus, pdfa, appendix, new Label("Prepared by"), preparedBy, preview, export,
                new Label("Zoom"), zoom, zoomText, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label exported = new Label();
        exported.setId("memo-exported");
        exported.textProperty().bind(vm.exportedProperty().asString().map(s -> s.equals("null") ? "" : "Exported to " + s));
        setTop(new VBox(bar, exported));

        ListView<Integer> list = new ListView<>();
        list.setId("memo-pages");
        list.setPrefWidth(170);
        list.setCellFactory(l -> new ListCell<>() {
            private final ImageView thumb = new ImageView();

            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                if (empty || index == null || index >= images.size()) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                thumb.setImage(images.get(index));
                thumb.setPreserveRatio(true);
                thumb.setFitWidth(120);
                setGraphic(thumb);
                setText("Page " + (index + 1));
                setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            }
        });
        list.setPlaceholder(new Label("No preview yet"));
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) vm.selectedPageProperty().set(i.intValue());
        });
        vm.selectedPageProperty().addListener((o, a, i) -> {
            if (i.intValue() != list.getSelectionModel().getSelectedIndex()) list.getSelectionModel().select(i.intValue());
            showPage();
        });
        vm.pages().addListener((ListChangeListener<BufferedImage>) c -> {
            List<Image> converted = new ArrayList<>();
            for (BufferedImage b : vm.pages()) converted.add(SwingFXUtils.toFXImage(b, null));
            images.setAll(converted);
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < converted.size(); i++) idx.add(i);
            list.getItems().setAll(idx);
            showPage();
        });
        vm.zoomProperty().addListener((o, a, z) -> showPage());

        page.setId("memo-page");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        StackPane holder = new StackPane(page);
        holder.setPadding(new Insets(12));
        holder.getStyleClass().add("memo-page-holder");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.18);
        setCenter(split);
    }

    private void showPage() {
        int i = vm.selectedPageProperty().get();
        if (i < 0 || i >= images.size()) {
            page.setImage(null);
            return;
        }
        Image img = images.get(i);
        page.setImage(img);
        // image pixels at dpi → logical pixels at 96 per inch, times the zoom
        page.setFitWidth(img.getWidth() * 96 / vm.dpiProperty().get() * vm.zoomProperty().get());
    }
}
