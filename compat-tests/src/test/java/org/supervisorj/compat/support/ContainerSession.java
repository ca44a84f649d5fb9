package org.supervisorj.compat.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.model.Frame;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;

/**
 * One container of the reference image for one scenario. Its main process is either the reference
 * supervisord (then it is both the server and where the clients run) or {@code sleep infinity} (then
 * it only hosts the clients that talk to ours). It runs as this JVM's user, so files it writes into the
 * scenario directory belong to us and the sockets on either side accept both.
 */
final class ContainerSession implements ServerHandle, ClientRunner {
    private final GenericContainer<?> container;
    private final ContainerMounts mounts;

    private ContainerSession(GenericContainer<?> container, ContainerMounts mounts) {
        this.container = container;
        this.mounts = mounts;
    }

    @SuppressWarnings("resource") // closed by close()
    static ContainerSession start(Future<String> image, ContainerMounts mounts, String user, Path workdir,
                                  List<String> command) {
        GenericContainer<?> c = new GenericContainer<>(image)
                .withCommand(command.toArray(String[]::new))
                .withWorkingDirectory(workdir.toString())
                // The host's network, so an [inet_http_server] on 127.0.0.1:port is the same address on
                // both sides, as the unix socket is through the bind mount.
                .withNetworkMode("host")
                // Readiness is RunningSupervisord's job (it polls the socket and reports the output file);
                // Testcontainers' own check would hide a supervisord that exits at once behind its exception.
                .withStartupCheckStrategy(new StartupCheckStrategy() {
                    @Override
                    public StartupStatus checkStartupState(DockerClient client, String containerId) {
                        return StartupStatus.SUCCESSFUL;
                    }
                })
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withUser(user);
                    cmd.getHostConfig().withBinds(mounts.binds());
                });
        c.start();
        return new ContainerSession(c, mounts);
    }

    /**
     * Wraps {@code command} so its stderr goes into the same pipe as its stdout, as on the local path
     * (ProcessBuilder.redirectErrorStream): Docker's exec keeps the two streams apart and loses their order.
     */
    static List<String> mergingOutput(List<String> command) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" 2>&1", "sh"));
        argv.addAll(command);
        return argv;
    }

    @Override
    public CommandResult run(List<String> command, Path cwd, long timeoutSeconds) {
        DockerClient docker = container.getDockerClient();
        String execId = docker.execCreateCmd(container.getContainerId())
                .withAttachStdout(true).withAttachStderr(true)
                .withWorkingDir(cwd.toAbsolutePath().toString())
                .withCmd(mergingOutput(command).toArray(String[]::new))
                .exec().getId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultCallback.Adapter<Frame> callback = docker.execStartCmd(execId).exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                synchronized (out) {
                    out.writeBytes(frame.getPayload());
                }
            }
        })) {
            if (!callback.awaitCompletion(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out after " + timeoutSeconds + " s in the reference container: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + command, e);
        } catch (java.io.IOException e) {
            throw new AssertionError("could not run " + command + " in the reference container: " + e, e);
        }
        Long exit = docker.inspectExecCmd(execId).exec().getExitCodeLong();
        synchronized (out) {
            return new CommandResult(out.toString(StandardCharsets.UTF_8), exit == null ? -1 : exit.intValue());
        }
    }

    @Override
    public void requireVisible(Path file) {
        mounts.requireVisible(file);
    }

    @Override
    public boolean isAlive() {
        return container.isRunning();
    }

    @Override
    public String exitDescription() {
        return "exited with " + container.getCurrentContainerInfo().getState().getExitCodeLong() + " (in its container)";
    }

    /** To the container's main process, which is supervisord. */
    @Override
    public void signal(String name) {
        container.getDockerClient().killContainerCmd(container.getContainerId()).withSignal(name).exec();
    }

    /** SIGTERM to the container's main process (supervisord), then wait for the container to stop. */
    @Override
    public void stop() throws InterruptedException {
        try {
            container.getDockerClient().killContainerCmd(container.getContainerId()).withSignal("TERM").exec();
        } catch (ConflictException alreadyStopped) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (container.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Removes the container (killing whatever still runs in it). */
    @Override
    public void close() {
        container.stop();
    }
}
