package org.clashmap.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.clashmap.export.AreaCounts;

import java.util.Locale;
import java.util.ResourceBundle;

/** The menu bar; labels come from the resource bundle, every action has a shortcut listed in Help. */
public final class MainMenu extends MenuBar {
    MainMenu(ResourceBundle t, MenuActions a) {
        Menu file = new Menu(t.getString("menu.file"), null,
                item(t, "menu.file.openDatabase", null, a::openDatabase),
                new SeparatorMenuItem(),
                item(t, "menu.file.open", "Shortcut+O", a::openReport),
                item(t, "menu.file.ingestFolder", "Shortcut+Shift+O", a::ingestFolder),
                item(t, "menu.file.watchFolder", null, a::watchFolder),
                item(t, "menu.file.dateUndated", null, a::dateUndated),
                item(t, "menu.file.removeOutlet", null, a::removeOutlet),
                item(t, "menu.file.removeRun", null, a::removeRun),
                new SeparatorMenuItem(),
                item(t, "menu.file.exportMap", "Shortcut+P", a::exportMap),
                item(t, "menu.file.exportAnimation", null, a::exportAnimation),
                item(t, "menu.file.exportData", "Shortcut+Shift+S", a::exportData),
                new SeparatorMenuItem(),
                item(t, "menu.file.quit", "Shortcut+Q", a::quit));
        Menu event = new Menu(t.getString("menu.event"), null,
                item(t, "menu.event.confirm", "Shortcut+K", a::confirmSelected),
                item(t, "menu.event.reject", "Shortcut+R", a::rejectSelected),
                item(t, "menu.event.edit", "Shortcut+E", a::editSelected),
                new SeparatorMenuItem(),
                item(t, "menu.event.undo", "Shortcut+Z", a::undoSelected),
                item(t, "menu.event.redo", "Shortcut+Shift+Z", a::redoSelected),
                new SeparatorMenuItem(),
                item(t, "menu.event.mergeWith", "Shortcut+M", a::mergeWithIncident),
                item(t, "menu.event.undoIncident", "Shortcut+Alt+Z", a::undoIncidentEdit),
                item(t, "menu.event.redoIncident", "Shortcut+Alt+Shift+Z", a::redoIncidentEdit));
        Menu view = new Menu(t.getString("menu.view"), null,
                item(t, "menu.view.home", "Shortcut+H", a::zoomHome),
                new SeparatorMenuItem(),
                item(t, "menu.view.english", "Shortcut+Shift+E", () -> a.setLanguage(Locale.ENGLISH)),
                item(t, "menu.view.arabic", "Shortcut+Shift+A", () -> a.setLanguage(Locale.forLanguageTag("ar"))),
                new SeparatorMenuItem(),
                item(t, "menu.view.labelsAr", null, () -> a.setMapLabels(org.clashmap.geo.Language.AR)),
                item(t, "menu.view.labelsEn", null, () -> a.setMapLabels(org.clashmap.geo.Language.EN)),
                new SeparatorMenuItem(),
                areas(t, a),
                check(t, "menu.view.density", a::setDensity),
                new SeparatorMenuItem(),
                item(t, "menu.view.controlSettings", null, a::controlSettings),
                item(t, "menu.view.charts", "Shortcut+Shift+C", a::showCharts));
        Menu help = new Menu(t.getString("menu.help"), null,
                item(t, "menu.help.shortcuts", "F1", a::showShortcuts),
                item(t, "menu.help.about", null, a::showAbout));
        getMenus().addAll(file, event, view, help);
    }

    /** View → Areas: none or one level (radio), then what is counted (radio). */
    private static Menu areas(ResourceBundle t, MenuActions a) {
        Menu m = new Menu(t.getString("menu.view.areas"));
        m.setId("menu.view.areas");
        ToggleGroup level = new ToggleGroup(), measure = new ToggleGroup();
        RadioMenuItem none = radio(t, "menu.view.areas.none", level, () -> a.setAreas(null));
        none.setSelected(true);
        m.getItems().add(none);
        for (AreaCounts.Level l : AreaCounts.Level.values())
            m.getItems().add(radio(t, "menu.view.areas." + l.key(), level, () -> a.setAreas(l)));
        m.getItems().add(new SeparatorMenuItem());
        for (AreaCounts.Measure k : AreaCounts.Measure.values()) {
            RadioMenuItem r = radio(t, "menu.view.areas." + k.key(), measure, () -> a.setAreaMeasure(k));
            r.setSelected(k == AreaCounts.Measure.INCIDENTS);
            m.getItems().add(r);
        }
        return m;
    }

    private static RadioMenuItem radio(ResourceBundle t, String key, ToggleGroup group, Runnable action) {
        RadioMenuItem r = new RadioMenuItem(t.getString(key));
        r.setId(key);
        r.setToggleGroup(group);
        r.setOnAction(e -> action.run());
        return r;
    }

    private static CheckMenuItem check(ResourceBundle t, String key, java.util.function.Consumer<Boolean> action) {
        CheckMenuItem c = new CheckMenuItem(t.getString(key));
        c.setId(key);
        c.setOnAction(e -> action.accept(c.isSelected()));
        return c;
    }

    private static MenuItem item(ResourceBundle t, String key, String accel, Runnable action) {
        // the interface's direction, whatever letter the label starts with ("العربية (Arabic)" in the English menu)
        boolean rtl = "ar".equals(t.getLocale().getLanguage());
        MenuItem m = new MenuItem(org.clashmap.ui.widgets.ParagraphDirection.of(t.getString(key), rtl));
        m.setId(key);
        if (accel != null) m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> action.run());
        return m;
    }
}
