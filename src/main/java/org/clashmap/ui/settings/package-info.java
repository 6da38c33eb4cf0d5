/** Settings the analyst changes in the window: control-map options and colours, kept in user preferences. */
package org.clashmap.ui.settings;
