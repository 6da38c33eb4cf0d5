package org.clashmap.ui;

/** What the menus ask the application to do. */
interface MenuActions {
    void quit();

    void showAbout();

    void showShortcuts();

    void zoomHome();
}
