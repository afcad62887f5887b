/*
 * One side of a ping-pong run over a Unix domain stream socket: the native baseline of the
 * copying transports, with the same arguments and RESULT line as every other side
 * (benchmarks/README.md, "Protocol"):
 *
 *   uds_pingpong --role pong|ping --kind latency|throughput --wait busy|event \
 *       --mode touch|full --size 64 --warmup 10000 --iterations 10000 --channel NAME
 *
 * Busy: recv/send with MSG_DONTWAIT in a loop. Event: blocking calls. Percentiles are exact,
 * from the sorted samples.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

/* Round trips before a throughput stream (the same in every language). */
#define HANDSHAKE 100

struct options {
    int ping, throughput, event, full;
    size_t size;
    uint64_t warmup, iterations;
    const char *channel;
};

static void die(const char *what) {
    fprintf(stderr, "uds_pingpong: %s: %s\n", what, errno ? strerror(errno) : "failed");
    exit(1);
}

static const char *arg(int argc, char **argv, const char *key, const char *fallback) {
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strncmp(argv[i], "--", 2) == 0 && strcmp(argv[i] + 2, key) == 0) {
            return argv[i + 1];
        }
    }
    return fallback;
}

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void send_all(int fd, const uint8_t *buffer, size_t size, int flags) {
    size_t done = 0;
    while (done < size) {
        ssize_t n = send(fd, buffer + done, size - done, flags);
        if (n > 0) {
            done += (size_t)n;
        } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            die("send");
        }
    }
}

static void receive_all(int fd, uint8_t *buffer, size_t size, int flags) {
    size_t done = 0;
    while (done < size) {
        ssize_t n = recv(fd, buffer + done, size - done, flags);
        if (n > 0) {
            done += (size_t)n;
        } else if (n == 0) {
            errno = 0;
            die("the peer closed the socket");
        } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            die("recv");
        }
    }
}

/* The sequence number in the first word (touch) or every word (full), little-endian (x86, arm). */
static void write_message(uint8_t *buffer, size_t size, int full, uint64_t sequence) {
    size_t words = full ? size / 8 : 1;
    for (size_t i = 0; i < words; i++) {
        memcpy(buffer + i * 8, &sequence, 8);
    }
}

static uint64_t read_message(const uint8_t *buffer, size_t size, int full) {
    uint64_t sequence, word, sum = 0;
    memcpy(&sequence, buffer, 8);
    if (full) {
        for (size_t i = 0; i < size / 8; i++) {
            memcpy(&word, buffer + i * 8, 8);
            sum += word;
        }
        if (sum != sequence * (size / 8)) {
            errno = 0;
            die("a message arrived with wrong bytes");
        }
    }
    return sequence;
}

static int compare(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    struct options o = {
        .ping = strcmp(arg(argc, argv, "role", ""), "ping") == 0,
        .throughput = strcmp(arg(argc, argv, "kind", "latency"), "throughput") == 0,
        .event = strcmp(arg(argc, argv, "wait", "busy"), "event") == 0,
        .full = strcmp(arg(argc, argv, "mode", "touch"), "full") == 0,
        .size = strtoull(arg(argc, argv, "size", "8"), NULL, 10),
        .warmup = strtoull(arg(argc, argv, "warmup", "10000"), NULL, 10),
        .iterations = strtoull(arg(argc, argv, "iterations", "10000"), NULL, 10),
        .channel = arg(argc, argv, "channel", NULL),
    };
    if (o.channel == NULL || o.size < 8 || o.size % 8 != 0) {
        fprintf(stderr, "uds_pingpong: --channel is required and --size a multiple of 8\n");
        return 2;
    }
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    snprintf(address.sun_path, sizeof address.sun_path, "%s/iox-bench-c-%s.sock", tmp, o.channel);

    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0) die("socket");
    if (!o.ping) {
        unlink(address.sun_path);
        if (bind(fd, (struct sockaddr *)&address, sizeof address) < 0) die("bind");
        if (listen(fd, 1) < 0) die("listen");
        printf("READY\n");
        fflush(stdout);
        int peer = accept(fd, NULL, NULL);
        if (peer < 0) die("accept");
        close(fd);
        unlink(address.sun_path);
        fd = peer;
    } else if (connect(fd, (struct sockaddr *)&address, sizeof address) < 0) {
        die("connect");
    }
    int flags = o.event ? 0 : MSG_DONTWAIT;
    uint8_t *out = malloc(o.size), *in = malloc(o.size);
    uint64_t total = o.warmup + o.iterations;
    if (!out || !in) die("malloc");

    if (!o.throughput && o.ping) {
        uint64_t *samples = malloc(o.iterations * sizeof *samples);
        if (!samples) die("malloc");
        for (uint64_t sequence = 0; sequence < total; sequence++) {
            uint64_t start = now_ns();
            write_message(out, o.size, o.full, sequence);
            send_all(fd, out, o.size, flags);
            receive_all(fd, in, o.size, flags);
            uint64_t echoed = read_message(in, o.size, o.full);
            uint64_t elapsed = now_ns() - start;
            if (echoed != sequence) { errno = 0; die("a wrong message came back"); }
            if (sequence >= o.warmup) samples[sequence - o.warmup] = elapsed / 2;
        }
        qsort(samples, o.iterations, sizeof *samples, compare);
        double sum = 0;
        for (uint64_t i = 0; i < o.iterations; i++) sum += (double)samples[i];
#define AT(q) samples[(uint64_t)((q) * o.iterations) < o.iterations ? (uint64_t)((q) * o.iterations) : o.iterations - 1]
        printf("RESULT kind=latency count=%llu mean_ns=%.1f p50_ns=%llu p99_ns=%llu p999_ns=%llu max_ns=%llu\n",
               (unsigned long long)o.iterations, sum / (double)o.iterations, (unsigned long long)AT(0.5),
               (unsigned long long)AT(0.99), (unsigned long long)AT(0.999),
               (unsigned long long)samples[o.iterations - 1]);
    } else if (!o.throughput) {
        for (uint64_t expected = 0; expected < total; expected++) {
            receive_all(fd, in, o.size, flags);
            uint64_t sequence = read_message(in, o.size, o.full);
            if (sequence != expected) { errno = 0; die("a message came out of order"); }
            write_message(out, o.size, o.full, sequence);
            send_all(fd, out, o.size, flags);
        }
    } else if (o.ping) {
        for (uint64_t sequence = 0; sequence < HANDSHAKE; sequence++) {
            write_message(out, o.size, o.full, sequence);
            send_all(fd, out, o.size, flags);
            receive_all(fd, in, o.size, flags);
        }
        for (uint64_t sequence = 0; sequence < total; sequence++) {
            write_message(out, o.size, o.full, sequence);
            send_all(fd, out, o.size, flags);
        }
        receive_all(fd, in, o.size, flags); /* the receiver's word that it has them all */
    } else {
        for (uint64_t sequence = 0; sequence < HANDSHAKE; sequence++) {
            receive_all(fd, in, o.size, flags);
            write_message(out, o.size, o.full, sequence);
            send_all(fd, out, o.size, flags);
        }
        uint64_t start = now_ns();
        for (uint64_t expected = 0; expected < total; expected++) {
            receive_all(fd, in, o.size, flags);
            if (read_message(in, o.size, o.full) != expected) { errno = 0; die("a message came out of order"); }
            if (expected == o.warmup) start = now_ns();
        }
        double elapsed = (double)(now_ns() - start) / 1e9;
        write_message(out, o.size, o.full, 0);
        send_all(fd, out, o.size, flags);
        printf("RESULT kind=throughput count=%llu msgs_per_s=%.0f\n", (unsigned long long)o.iterations,
               (double)(o.iterations - 1) / elapsed);
    }
    fflush(stdout);
    close(fd);
    return 0;
}
