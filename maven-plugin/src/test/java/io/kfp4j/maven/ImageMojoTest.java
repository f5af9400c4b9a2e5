package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.images.ImageBuildException;
import io.kfp4j.images.ImageLocation;
import io.kfp4j.runtime.Kfp4jException;
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

  @Test
  void whereTheImageGoesIsAskedForWithTheChoices() {
    ImageMojo mojo = mojo();
    mojo.to = null;
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("kfp4j:image needs to know where the image goes: -Dkfp4j.to=REGISTRY/REPO[:TAG] (pushed),"
        + " -Dkfp4j.to=docker://REF (the local Docker daemon) or -Dkfp4j.to=tar://PATH (a docker save tar), or <to>"
        + " in the plugin's configuration", e.getMessage());
  }

  @Test
  void aBaseImageFailureNamesTheParameterThatChoosesAnother() {
    ImageBuildException e = new ImageBuildException(Kfp4jException.Kind.IMAGE, "the base image x:1 is not in its"
        + " registry (manifest unknown)", "check its name and tag, or push it there first",
        Kfp4jException.facts(Kfp4jException.Fact.OPTION, "base"), null);
    assertEquals("the base image x:1 is not in its registry (manifest unknown); check its name and tag, or push it"
        + " there first; or choose another base image with <base> or -Dkfp4j.base=REF, docker://REF or tar://PATH"
        + " (it needs java on its PATH)", MavenWording.FRONT_END.message(e));
  }
}
