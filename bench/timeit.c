/* bench/timeit.c: runs a command a few times and prints its wall time,
 * CPU time and peak memory, for bench/bench.lua. No hyperfine needed.
 *
 *   timeit [-n RUNS] [-w WARMUP] [-p PREPARE] [-i STDIN] [-o STDOUT] [-e STDERR] [-c CPU] -- CMD ARGS...
 *
 * PREPARE is a shell command run (untimed) before every run, warm-ups
 * included. STDIN/STDOUT default to /dev/null; STDOUT is opened O_TRUNC for
 * every run (ripgrep and grep stop at the first match when they see that
 * their output is /dev/null, so a baseline must write somewhere real).
 * STDERR defaults to /dev/null too.
 * -c CPU pins the command to one CPU (sched_setaffinity), "one core".
 * Prints one line:
 *   cpu_median=S cpu_min=S runs=N min=S median=S mean=S max=S user=S sys=S maxrss_kb=K status=0
 * times in seconds: cpu_* of user+sys over the runs, min..max of wall time,
 * user/sys of the median run by wall; maxrss the largest seen. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct {
    double wall, user, sys;
    long maxrss;
    int status;
} run_t;

static int cmp_run(const void *a, const void *b)
{
    return cmp_d(&((const run_t *)a)->wall, &((const run_t *)b)->wall);
}

static run_t run_once(char **argv, const char *in, const char *out, const char *errf, int cpu)
{
    run_t r;
    struct rusage ru;
    int st = 0;
    double t0 = now();
    pid_t pid = fork();
    memset(&r, 0, sizeof r);
    if (pid < 0) {
        perror("timeit: fork");
        exit(1);
    }
    if (pid == 0) {
        int fi = open(in, O_RDONLY), fo = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600),
            fe = open(errf, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fi < 0 || fo < 0 || fe < 0) {
            perror("timeit: open");
            _exit(127);
        }
        dup2(fi, 0);
        dup2(fo, 1);
        dup2(fe, 2);
        close(fi);
        close(fo);
        close(fe);
        if (cpu >= 0) {
            cpu_set_t set;
            CPU_ZERO(&set);
            CPU_SET(cpu, &set);
            sched_setaffinity(0, sizeof set, &set);
        }
        execvp(argv[0], argv);
        perror(argv[0]);
        _exit(127);
    }
    if (wait4(pid, &st, 0, &ru) < 0) {
        perror("timeit: wait4");
        exit(1);
    }
    r.wall = now() - t0;
    r.user = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6;
    r.sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    r.maxrss = ru.ru_maxrss;
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return r;
}

int main(int argc, char **argv)
{
    int runs = 5, warm = 0, cpu = -1, i, opt, bad = 0;
    const char *prep = NULL, *in = "/dev/null", *out = "/dev/null", *errf = "/dev/null";
    run_t *r;
    double sum = 0;
    long maxrss = 0;
    while ((opt = getopt(argc, argv, "+n:w:p:i:o:e:c:")) != -1) {
        switch (opt) {
        case 'n': runs = atoi(optarg); break;
        case 'w': warm = atoi(optarg); break;
        case 'p': prep = optarg; break;
        case 'i': in = optarg; break;
        case 'o': out = optarg; break;
        case 'e': errf = optarg; break;
        case 'c': cpu = atoi(optarg); break;
        default: bad = 1;
        }
    }
    if (bad || optind >= argc || runs < 1) {
        fprintf(stderr, "usage: timeit [-n RUNS] [-w WARMUP] [-p PREPARE] [-i STDIN] [-o STDOUT] [-e STDERR] [-c CPU] -- CMD...\n");
        return 2;
    }
    r = calloc((size_t)runs, sizeof *r);
    for (i = 0; i < warm + runs; i++) {
        run_t x;
        if (prep && system(prep) != 0) {
            fprintf(stderr, "timeit: prepare failed: %s\n", prep);
            return 1;
        }
        x = run_once(argv + optind, in, out, errf, cpu);
        if (x.status != 0) {
            fprintf(stderr, "timeit: %s exited with %d\n", argv[optind], x.status);
            printf("runs=0 status=%d\n", x.status);
            return 1;
        }
        if (i >= warm) {
            r[i - warm] = x;
            sum += x.wall;
            if (x.maxrss > maxrss)
                maxrss = x.maxrss;
        }
    }
    {
        double *cpu = calloc((size_t)runs, sizeof *cpu);
        for (i = 0; i < runs; i++)
            cpu[i] = r[i].user + r[i].sys;
        qsort(cpu, (size_t)runs, sizeof *cpu, cmp_d);
        printf("cpu_median=%.6f cpu_min=%.6f ", runs % 2 ? cpu[runs / 2] : (cpu[runs / 2 - 1] + cpu[runs / 2]) / 2, cpu[0]);
        free(cpu);
    }
    qsort(r, (size_t)runs, sizeof *r, cmp_run);
    {
        const run_t *m = &r[runs / 2];
        double med = runs % 2 ? m->wall : (r[runs / 2 - 1].wall + m->wall) / 2;
        printf("runs=%d min=%.6f median=%.6f mean=%.6f max=%.6f user=%.6f sys=%.6f maxrss_kb=%ld status=0\n", runs,
               r[0].wall, med, sum / runs, r[runs - 1].wall, m->user, m->sys, maxrss);
    }
    free(r);
    return 0;
}
