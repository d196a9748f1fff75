package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.StageEvent;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

class TimedFlowTest {

    @TestPipeline
    static TemporalPipeline pipeline;

    @TempDir
    Path dir;

    @Test
    void annotatorsAreSortedIntoTheirStagesByKey() {
        assertThat(TimedFlow.stageOf("de.unihd.dbs.uima.annotator.heideltime.HeidelTime-5"))
                .isEqualTo(StageEvent.ANNOTATE_HEIDELTIME);
        assertThat(TimedFlow.stageOf("org.tarikh.annotate.accel.RuleGate$Restore-6"))
                .isEqualTo(StageEvent.ANNOTATE_HEIDELTIME);
        assertThat(TimedFlow.stageOf(ArabicTokenAnnotator.class.getName() + "-2")).isEqualTo(StageEvent.ANNOTATE_PREPARE);
        assertThat(TimedFlow.stageOf("org.tarikh.annotate.rules.HijriAnnotator-9")).isEqualTo(StageEvent.ANNOTATE_TARIKH);
    }

    @Test
    void aRecordingGetsOneEventPerAnnotatorAndTheOutputIsUnchanged() throws Exception {
        String text = "وقال الوزير أمس إن الخطة ستنفذ في 2022.";
        LocalDate dct = LocalDate.of(2021, 4, 7);
        TaggedText unrecorded = pipeline.tag(text, dct);
        Path file = dir.resolve("stages.jfr");
        TaggedText recorded;
        try (Recording recording = new Recording()) {
            recording.enable(StageEvent.class);
            recording.start();
            recorded = pipeline.tag(text, dct);
            recording.stop();
            recording.dump(file);
        }
        assertThat(recorded).isEqualTo(unrecorded);
        List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("tarikh.Stage")).toList();
        Map<String, Long> perStage = events.stream()
                .collect(Collectors.groupingBy(e -> e.getString("stage"), Collectors.counting()));
        assertThat(perStage).containsKeys(StageEvent.ANNOTATE_PREPARE, StageEvent.ANNOTATE_HEIDELTIME,
                StageEvent.ANNOTATE_TARIKH);
        // each annotator of the aggregate ran once for the one document, each with its own event
        assertThat(events).extracting(e -> e.getString("component")).doesNotHaveDuplicates()
                .anyMatch(c -> c.startsWith("de.unihd.dbs.uima.annotator.heideltime.HeidelTime"));
    }
}
