/** Small pieces every pane uses: localised labels of event types and precisions, Arabic line wrapping, the status bar, ISO dates. */
package org.clashmap.ui.widgets;
