package org.supervisorj.server.log;

import static org.supervisorj.server.log.LogAccessException.Reason.BAD_ARGUMENTS;
import static org.supervisorj.server.log.LogAccessException.Reason.FAILED;
import static org.supervisorj.server.log.LogAccessException.Reason.NO_FILE;
import static org.supervisorj.server.log.LogAccessException.Reason.UNDECODABLE;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The read side of the log RPCs, byte for byte as Supervisor 4.2.5's {@code readFile} and
 * {@code tailFile}. Neither holds a lock shared with the writers: a read may see a write in progress,
 * as in Supervisor.
 *
 * <p>Deviation from 4.2.5: for absurd offsets or lengths (beyond about 2^33) Supervisor fails inside
 * Python's seek/read with MemoryError, OverflowError or FAILED; we return what the file holds.
 */
public final class LogReader {
    private LogReader() {}

    /** The result of a tail: the bytes, the offset to ask for next (the file size), and overflow. */
    public record Tail(byte[] data, long offset, boolean overflow) {}

    /**
     * readLog / readProcess*Log on an existing file. A negative offset reads the last {@code -offset}
     * bytes and then needs length 0; otherwise length 0 reads to the end and a negative length is
     * refused.
     *
     * @throws LogAccessException BAD_ARGUMENTS or FAILED (unopenable or unreadable file, a directory)
     */
    public static byte[] readFile(Path path, long offset, long length) throws LogAccessException {
        try (FileChannel ch = openForRead(path)) {
            long size = ch.size();
            long from;
            long count;
            if (offset < 0) {
                if (length != 0) {
                    throw new LogAccessException(BAD_ARGUMENTS, null);
                }
                // Long.MIN_VALUE stays negative under negation; it still means "everything".
                long back = offset == Long.MIN_VALUE ? Long.MAX_VALUE : -offset;
                from = Math.max(0, size - back);
                count = back;
            } else {
                if (length < 0) {
                    throw new LogAccessException(BAD_ARGUMENTS, null);
                }
                from = offset;
                count = length == 0 ? Long.MAX_VALUE : length;
            }
            return read(ch, from, Math.min(count, Math.max(0, size - from)));
        } catch (IOException e) {
            throw new LogAccessException(FAILED, null);
        }
    }

    /**
     * readLog's and readProcess*Log's checks before reading: a missing path or file is NO_FILE with
     * the path (or "None") as detail.
     */
    public static byte[] readExisting(Path pathOrNull, long offset, long length) throws LogAccessException {
        if (pathOrNull == null || !Files.exists(pathOrNull)) {
            throw new LogAccessException(NO_FILE, pathOrNull == null ? "None" : pathOrNull.toString());
        }
        return readFile(pathOrNull, offset, length);
    }

    /**
     * tailProcess*Log. If the file holds more than {@code offset + length} bytes, overflow is set
     * and the last {@code length} bytes are returned; the returned offset is always the file size.
     * A file that cannot be read gives empty data, the given offset and no overflow.
     */
    public static Tail tailFile(Path path, long offset, long length) {
        try (FileChannel ch = openForRead(path)) {
            long size = ch.size();
            // Python ints never overflow; offset + length may.
            BigInteger sz = BigInteger.valueOf(size);
            BigInteger off = BigInteger.valueOf(offset);
            BigInteger len = BigInteger.valueOf(length);
            boolean overflow = false;
            if (sz.compareTo(off.add(len)) > 0) {
                overflow = true;
                off = sz.subtract(BigInteger.ONE);
            }
            if (off.add(len).compareTo(sz) > 0) {
                if (off.compareTo(sz.subtract(BigInteger.ONE)) > 0) {
                    len = BigInteger.ZERO;
                }
                off = sz.subtract(len);
            }
            if (off.signum() < 0) {
                off = BigInteger.ZERO;
            }
            if (len.signum() < 0) {
                len = BigInteger.ZERO;
            }
            byte[] data = new byte[0];
            if (len.signum() > 0) {
                long from = off.min(sz).longValueExact();
                data = read(ch, from, len.min(sz.subtract(BigInteger.valueOf(from))).longValueExact());
            }
            return new Tail(data, size, overflow);
        } catch (IOException e) {
            return new Tail(new byte[0], offset, false);
        }
    }

    /**
     * tailProcess*Log's check first: no file configured or none on disk gives {@code ('', 0, false)}.
     */
    public static Tail tailExisting(Path pathOrNull, long offset, long length) {
        if (pathOrNull == null || !Files.exists(pathOrNull)) {
            return new Tail(new byte[0], 0, false);
        }
        return tailFile(pathOrNull, offset, length);
    }

    /**
     * The text the RPC returns: Supervisor decodes strictly as UTF-8.
     *
     * @throws LogAccessException UNDECODABLE when Supervisor would fail with UnicodeDecodeError
     */
    public static String decode(byte[] data) throws LogAccessException {
        return Utf8.decodeStrict(data).orElseThrow(
                () -> new LogAccessException(UNDECODABLE, "'utf-8' codec can't decode the log data"));
    }

    private static FileChannel openForRead(Path path) throws IOException {
        // Python's open() refuses a directory; the JDK opens it and fails only on read.
        if (Files.isDirectory(path)) {
            throw new IOException("Is a directory: " + path);
        }
        return FileChannel.open(path, StandardOpenOption.READ);
    }

    private static byte[] read(FileChannel ch, long from, long count) throws IOException {
        if (count > Integer.MAX_VALUE - 8) {
            throw new IOException("log slice too large: " + count);
        }
        ByteBuffer buf = ByteBuffer.allocate((int) count);
        long pos = from;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        return buf.flip().remaining() == buf.capacity() ? buf.array()
                : java.util.Arrays.copyOf(buf.array(), buf.limit());
    }
}
