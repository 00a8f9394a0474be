package cn.tongpin.importing;

import java.time.LocalDate;
import java.util.List;

/** What a source yields before any repair: title, body as Markdown, and what its markup states. */
record Extracted(String title, String body, List<ImportedImage> images, String byline, String source, LocalDate date) {
}
