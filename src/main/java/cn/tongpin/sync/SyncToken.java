package cn.tongpin.sync;

import cn.tongpin.change.ContentType;
import cn.tongpin.web.WireNames;
import java.util.UUID;

/**
 * Where a client is in its sync: what {@link SyncTokens} signs into an opaque text.
 *
 * @param phase    {@link Phase#INITIAL} (paging through everything published), {@link Phase#DELTA}
 *                 (paging through a window of changes) or {@link Phase#NEXT} (a sync token: the next
 *                 delta starts at {@code from})
 * @param from     the watermark the window starts at: every change of a transaction below it is
 *                 already in the client's copy
 * @param fromAt   when {@code from} was taken (epoch seconds): the token expires with the retention
 * @param to       the watermark the window ends before (DELTA only)
 * @param toAt     when {@code to} was taken (DELTA only)
 * @param type     with {@code id}, the last item handed out in this phase; null before the first
 */
record SyncToken(Phase phase, long from, long fromAt, long to, long toAt, ContentType type, UUID id) {

    enum Phase {
        INITIAL("i"), DELTA("d"), NEXT("n");

        final String code;

        Phase(String code) {
            this.code = code;
        }

        static Phase of(String code) {
            return WireNames.find(Phase.class, phase -> phase.code, code).orElse(null);
        }
    }

    static SyncToken initial(long from, long fromAt) {
        return new SyncToken(Phase.INITIAL, from, fromAt, 0, 0, null, null);
    }

    static SyncToken next(long from, long fromAt) {
        return new SyncToken(Phase.NEXT, from, fromAt, 0, 0, null, null);
    }

    /** The first page of the delta from this sync token up to the watermark {@code to}. */
    SyncToken window(long to, long toAt) {
        return new SyncToken(Phase.DELTA, from, fromAt, to, toAt, null, null);
    }

    SyncToken after(ContentType lastType, UUID lastId) {
        return new SyncToken(phase, from, fromAt, to, toAt, lastType, lastId);
    }
}
