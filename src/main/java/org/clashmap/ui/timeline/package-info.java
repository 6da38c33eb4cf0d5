/** The timeline under the map: histogram of incidents per day/week/month, the time window and playback. */
package org.clashmap.ui.timeline;
