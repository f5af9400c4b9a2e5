package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.images.ImageLocation;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j:image}'s options (the build itself is the integration test's and the tooling's). */
class ImageMojoTest {
  @TempDir
  Path dir;

  private ImageMojo mojo() {
    ImageMojo mojo = new ImageMojo();
    mojo.project = TestProject.with(dir, "addition-pipeline");
    mojo.to = "tar://target/image.tar";
    mojo.setLog(new TestProject.Lines());
    return mojo;
  }

  @Test
  void aRelativeTarIsInTheProjectsFolder() {
    ImageMojo mojo = mojo();
    assertEquals(new ImageLocation.Tar(dir.resolve("target/image.tar")), mojo.located("tar://target/image.tar"));
    assertEquals(new ImageLocation.Tar(Path.of("/tmp/x.tar")), mojo.located("tar:///tmp/x.tar"));
    assertEquals(new ImageLocation.Registry("127.0.0.1:5000/calc"), mojo.located("127.0.0.1:5000/calc"));
  }

  @Test
  void aUserNeedsAPassword() {
    ImageMojo mojo = mojo();
    mojo.username = "me";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("username (kfp4j.username) and password (kfp4j.password) go together; give both, or neither to use"
        + " the Docker config", e.getMessage());
  }

  @Test
  void aProjectWithoutTheLauncherIsToldToAddIt() {
    ImageMojo mojo = mojo();
    mojo.base = "tar://base.tar";
    mojo.imageName = "kfp4j/components:latest";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(true, e.getMessage().contains("add kfp4j-launcher to the project's dependencies"), e.getMessage());
  }
}
