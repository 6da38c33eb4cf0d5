/** Small pieces every pane uses: localised labels of event types and precisions, the store's refusals in the interface's language, Arabic line wrapping, the status bar, ISO dates. */
package org.clashmap.ui.widgets;
