package org.simfleet.simulator.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * Keeps {@code window} Accounting-Requests in flight over as many sockets as 256 identifiers each allow: every slot
 * walks one session through Start, Interim-Updates and Stop, the next request of a session only after the previous
 * was acknowledged (counters are cumulative), retransmitting on timeout and giving up after the retries, as LoadGen
 * does. Latency is from the first send to the acknowledgement.
 */
public final class AccountingLoad {

    private static final int PER_SOCKET = 200;

    private final LoadConfig c;
    private final byte[] secret;
    private final long runTag = System.currentTimeMillis() / 1000;

    public AccountingLoad(LoadConfig config) {
        this.c = config;
        this.secret = config.secret().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Slot {
        int session;
        int step;
        int socket;
        int id;
        byte[] packet;
        long firstSent;
        long lastSent;
        int tries;
    }

    public LoadReport run() throws IOException {
        int sockets = (c.window() + PER_SOCKET - 1) / PER_SOCKET;
        InetSocketAddress server = new InetSocketAddress(InetAddress.getByName(c.radiusHost()), c.acctPort());
        InetSocketAddress local = new InetSocketAddress(InetAddress.getByName(c.gatewayAddress()), 0);
        DatagramChannel[] channels = new DatagramChannel[sockets];
        Slot[][] inFlight = new Slot[sockets][256];
        @SuppressWarnings("unchecked")
        ArrayDeque<Integer>[] freeIds = new ArrayDeque[sockets];
        long[] latencies = new long[4_000_000];
        int latencyCount = 0;
        long sent = 0, acked = 0, retransmits = 0, lost = 0, measuredAcked = 0;
        int nextSession = 0, completed = 0;
        try (Selector selector = Selector.open()) {
            for (int s = 0; s < sockets; s++) {
                channels[s] = DatagramChannel.open().bind(local);
                channels[s].configureBlocking(false);
                channels[s].register(selector, SelectionKey.OP_READ, s);
                freeIds[s] = new ArrayDeque<>();
                for (int id = 0; id < 256; id++) {
                    freeIds[s].add(id);
                }
            }
            ArrayDeque<Slot> ready = new ArrayDeque<>();
            for (int i = 0; i < c.window(); i++) {
                Slot slot = new Slot();
                slot.session = nextSession++;
                slot.socket = i % sockets;
                ready.add(slot);
            }
            long t0 = System.nanoTime();
            long measureFrom = t0 + c.warmup().toNanos();
            long end = measureFrom + c.measured().toNanos();
            long timeout = c.timeout().toNanos();
            double gap = c.rate() > 0 ? 1e9 / c.rate() : 0;
            double nextSend = t0;
            ByteBuffer rx = ByteBuffer.allocate(RadiusPacket.MAX_LENGTH);
            long lastScan = t0;
            int outstanding = 0;
            while (true) {
                long now = System.nanoTime();
                boolean sending = now < end;
                if (!sending && outstanding == 0) {
                    break;
                }
                if (!sending && now > end + timeout * (c.retries() + 1)) {
                    break;
                }
                while (sending && !ready.isEmpty() && (gap == 0 || now >= nextSend)) {
                    Slot slot = ready.poll();
                    Integer id = freeIds[slot.socket].poll();
                    if (id == null) {
                        ready.addFirst(slot);
                        break;
                    }
                    slot.id = id;
                    slot.packet = build(slot, id);
                    slot.firstSent = slot.lastSent = now;
                    slot.tries = 1;
                    inFlight[slot.socket][id] = slot;
                    channels[slot.socket].send(ByteBuffer.wrap(slot.packet), server);
                    sent++;
                    outstanding++;
                    if (gap > 0) {
                        nextSend = Math.max(nextSend + gap, now - 1e9);
                    }
                }
                if (selector.select(2) > 0) {
                    for (SelectionKey k : selector.selectedKeys()) {
                        int s = (Integer) k.attachment();
                        while (true) {
                            rx.clear();
                            if (channels[s].receive(rx) == null) {
                                break;
                            }
                            long tAck = System.nanoTime();
                            RadiusPacket answer = RadiusPacket.parse(Arrays.copyOf(rx.array(), rx.position()));
                            if (answer == null || answer.code() != PacketCode.ACCOUNTING_RESPONSE) {
                                continue;
                            }
                            Slot slot = inFlight[s][answer.identifier()];
                            if (slot == null
                                    || !Authenticators.verifyResponse(
                                            answer, Arrays.copyOfRange(slot.packet, 4, 20), secret)) {
                                continue;
                            }
                            inFlight[s][slot.id] = null;
                            freeIds[s].add(slot.id);
                            outstanding--;
                            acked++;
                            if (tAck >= measureFrom && tAck <= end) {
                                measuredAcked++;
                                if (latencyCount < latencies.length) {
                                    latencies[latencyCount++] = (tAck - slot.firstSent) / 1000;
                                }
                            }
                            if (advance(slot)) {
                                completed++;
                                slot.session = nextSession++;
                                slot.step = 0;
                            }
                            ready.add(slot);
                        }
                    }
                    selector.selectedKeys().clear();
                }
                now = System.nanoTime();
                if (now - lastScan > 5_000_000L) {
                    lastScan = now;
                    for (int s = 0; s < sockets; s++) {
                        for (int id = 0; id < 256; id++) {
                            Slot slot = inFlight[s][id];
                            if (slot == null || now - slot.lastSent < timeout) {
                                continue;
                            }
                            if (slot.tries > c.retries()) {
                                inFlight[s][id] = null;
                                freeIds[s].add(id);
                                outstanding--;
                                lost++;
                                if (advance(slot)) {
                                    slot.session = nextSession++;
                                    slot.step = 0;
                                }
                                ready.add(slot);
                            } else {
                                slot.tries++;
                                slot.lastSent = now;
                                retransmits++;
                                channels[s].send(ByteBuffer.wrap(slot.packet), server);
                            }
                        }
                    }
                }
            }
            double measured = Math.min(c.measured().toNanos(), Math.max(0, System.nanoTime() - measureFrom)) / 1e9;
            return new LoadReport(
                    sent,
                    acked,
                    retransmits,
                    lost,
                    measured,
                    measuredAcked,
                    Arrays.copyOf(latencies, latencyCount),
                    c.window(),
                    completed);
        } finally {
            for (DatagramChannel ch : channels) {
                if (ch != null) {
                    ch.close();
                }
            }
        }
    }

    /** Moves the slot's session on; true when its Stop was the last step. */
    private boolean advance(Slot slot) {
        slot.step++;
        return slot.step > c.interims() + 1;
    }

    private byte[] build(Slot slot, int id) {
        String imsi = c.imsis().get(slot.session % c.imsis().size());
        int status = slot.step == 0 ? 1 : slot.step <= c.interims() ? 3 : 2;
        long chargingId = slot.session & 0xffffffffL;
        AttributeWriter a = new AttributeWriter()
                .addString(AttributeType.USER_NAME, imsi)
                .addString(AttributeType.NAS_IDENTIFIER, "pgw-sim-load")
                .addInteger(AttributeType.NAS_PORT_TYPE, 18)
                .addInteger(AttributeType.SERVICE_TYPE, 2)
                .addInteger(AttributeType.FRAMED_PROTOCOL, 7)
                .addString(AttributeType.CALLED_STATION_ID, "em")
                .addInteger(AttributeType.ACCT_STATUS_TYPE, status)
                .addString(
                        AttributeType.ACCT_SESSION_ID,
                        "LOAD-" + Long.toHexString(runTag).toUpperCase() + "-" + String.format("%08X", chargingId))
                .addInteger(AttributeType.ACCT_AUTHENTIC, 1)
                .addInteger(AttributeType.EVENT_TIMESTAMP, System.currentTimeMillis() / 1000);
        if (status != 1) {
            long up = slot.step * 2_000L;
            long down = slot.step * 1_000L;
            a.addInteger(AttributeType.ACCT_INPUT_OCTETS, up)
                    .addInteger(AttributeType.ACCT_OUTPUT_OCTETS, down)
                    .addInteger(AttributeType.ACCT_INPUT_GIGAWORDS, 0)
                    .addInteger(AttributeType.ACCT_OUTPUT_GIGAWORDS, 0)
                    .addInteger(AttributeType.ACCT_INPUT_PACKETS, up / 200)
                    .addInteger(AttributeType.ACCT_OUTPUT_PACKETS, down / 200)
                    .addInteger(AttributeType.ACCT_SESSION_TIME, slot.step * 60L);
        }
        if (status == 2) {
            a.addInteger(AttributeType.ACCT_TERMINATE_CAUSE, 1);
        }
        int t = ThreeGppAttribute.VENDOR_ID;
        a.addVendorString(t, ThreeGppAttribute.IMSI, imsi)
                .addVendorInteger(t, ThreeGppAttribute.CHARGING_ID, chargingId)
                .addVendorInteger(t, ThreeGppAttribute.PDP_TYPE, 0)
                .addVendorString(t, ThreeGppAttribute.IMSI_MCC_MNC, imsi.substring(0, 5))
                .addVendorString(t, ThreeGppAttribute.GGSN_MCC_MNC, "26201")
                .addVendorString(t, ThreeGppAttribute.NSAPI, "5")
                .addVendorString(t, ThreeGppAttribute.SELECTION_MODE, "0")
                .addVendorString(t, ThreeGppAttribute.CHARGING_CHARACTERISTICS, "0800")
                .addVendorString(t, ThreeGppAttribute.SGSN_MCC_MNC, "26201")
                .addVendorOctet(t, ThreeGppAttribute.RAT_TYPE, 6)
                .addVendor(t, ThreeGppAttribute.MS_TIME_ZONE, new byte[] {0x40, 0x00});
        return PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, id, a, false, secret);
    }
}
