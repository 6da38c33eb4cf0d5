package org.clashmap.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

import java.util.ResourceBundle;

/** The menu bar; labels come from the resource bundle, shortcuts are listed in Help. */
final class MainMenu extends MenuBar {
    MainMenu(ResourceBundle t, MenuActions a) {
        MenuItem quit = item(t, "menu.file.quit", "Shortcut+Q", a::quit);
        Menu file = new Menu(t.getString("menu.file"), null, quit);
        MenuItem home = item(t, "menu.view.home", "Shortcut+H", a::zoomHome);
        Menu view = new Menu(t.getString("menu.view"), null, home);
        MenuItem keys = item(t, "menu.help.shortcuts", "F1", a::showShortcuts);
        MenuItem about = item(t, "menu.help.about", null, a::showAbout);
        Menu help = new Menu(t.getString("menu.help"), null, keys, about);
        getMenus().addAll(file, view, help);
    }

    private static MenuItem item(ResourceBundle t, String key, String accel, Runnable action) {
        MenuItem m = new MenuItem(t.getString(key));
        m.setId(key);
        if (accel != null) m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> action.run());
        return m;
    }
}
