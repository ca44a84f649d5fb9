/*
 * The floor under any supervisord's mass start on this machine: posix_spawn of /bin/sleep in a loop
 * from plain C, on 1 and 2 threads, and the CPU each child costs until it sleeps (ld.so, page faults).
 * Usage: spawn_floor [children]   (default 400)
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static pid_t *pids;
static int per_thread;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *spawn_some(void *arg) {
    long first = (long) arg;
    char *argv[] = {"sleep", "300", NULL};
    for (int i = 0; i < per_thread; i++) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addclosefrom_np(&actions, 3);
        if (posix_spawn(&pids[first + i], "/bin/sleep", &actions, NULL, argv, environ) != 0) {
            pids[first + i] = 0;
        }
        posix_spawn_file_actions_destroy(&actions);
    }
    return NULL;
}

static double children_cpu(void) {
    struct rusage u;
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

int main(int argc, char **argv) {
    int children = argc > 1 ? atoi(argv[1]) : 400;
    pids = calloc(children, sizeof(pid_t));
    for (int threads = 1; threads <= 2; threads++) {
        per_thread = children / threads;
        pthread_t t[2];
        double cpu0 = children_cpu(), t0 = now();
        for (long i = 0; i < threads; i++) {
            pthread_create(&t[i], NULL, spawn_some, (void *) (i * per_thread));
        }
        for (int i = 0; i < threads; i++) {
            pthread_join(t[i], NULL);
        }
        double wall = now() - t0;
        for (int i = 0; i < per_thread * threads; i++) {
            if (pids[i] > 0) {
                kill(pids[i], SIGKILL);
                waitpid(pids[i], NULL, 0);
            }
        }
        printf("%d thread(s): %.2f ms per spawn (wall), %.2f ms CPU per child; %d children in %.2f s\n",
               threads, wall * 1000 / (per_thread * threads), (children_cpu() - cpu0) * 1000 / (per_thread * threads),
               per_thread * threads, wall);
    }
    return 0;
}
