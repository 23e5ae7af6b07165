// Package k8s holds newsgraph's Kubernetes manifests; its test checks that
// they describe a highly available Dgraph.
package k8s

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type object struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Spec struct {
		Replicas    int            `yaml:"replicas"`
		ServiceName string         `yaml:"serviceName"`
		ClusterIP   string         `yaml:"clusterIP"`
		Selector    map[string]any `yaml:"selector"`
		MaxUnavail  int            `yaml:"maxUnavailable"`
		Template    struct {
			Metadata struct {
				Labels map[string]string `yaml:"labels"`
			} `yaml:"metadata"`
			Spec struct {
				Containers []struct {
					Image          string   `yaml:"image"`
					Args           []string `yaml:"args"`
					ReadinessProbe *probe   `yaml:"readinessProbe"`
					LivenessProbe  *probe   `yaml:"livenessProbe"`
					VolumeMounts   []struct {
						MountPath string `yaml:"mountPath"`
					} `yaml:"volumeMounts"`
				} `yaml:"containers"`
			} `yaml:"spec"`
		} `yaml:"template"`
		VolumeClaimTemplates []struct {
			Spec struct {
				Resources struct {
					Requests map[string]string `yaml:"requests"`
				} `yaml:"resources"`
			} `yaml:"spec"`
		} `yaml:"volumeClaimTemplates"`
	} `yaml:"spec"`
}

type probe struct {
	HTTPGet struct {
		Path string `yaml:"path"`
		Port int    `yaml:"port"`
	} `yaml:"httpGet"`
}

func load(t *testing.T) map[string]object {
	data, err := os.ReadFile("dgraph-ha.yaml")
	if err != nil {
		t.Fatal(err)
	}
	objs := map[string]object{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var o object
		err := dec.Decode(&o)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("dgraph-ha.yaml: %v", err)
		}
		if o.APIVersion == "" || o.Kind == "" || o.Metadata.Name == "" {
			t.Errorf("object without apiVersion, kind or name: %+v", o)
		}
		objs[o.Kind+"/"+o.Metadata.Name] = o
	}
	return objs
}

func TestHighlyAvailable(t *testing.T) {
	objs := load(t)
	for _, name := range []string{"dgraph-zero", "dgraph-alpha"} {
		ss, ok := objs["StatefulSet/"+name]
		if !ok {
			t.Fatalf("no StatefulSet %s", name)
		}
		if ss.Spec.Replicas != 3 {
			t.Errorf("%s: %d replicas, want 3", name, ss.Spec.Replicas)
		}
		if svc, ok := objs["Service/"+ss.Spec.ServiceName]; !ok || svc.Spec.ClusterIP != "None" {
			t.Errorf("%s: serviceName %q is not a headless service", name, ss.Spec.ServiceName)
		}
		if len(ss.Spec.VolumeClaimTemplates) != 1 || ss.Spec.VolumeClaimTemplates[0].Spec.Resources.Requests["storage"] == "" {
			t.Errorf("%s: no persistent volume claim", name)
		}
		c := ss.Spec.Template.Spec.Containers[0]
		if c.Image != "dgraph/dgraph:v25.0.0" {
			t.Errorf("%s: image %s, want the version newsgraph embeds", name, c.Image)
		}
		if c.ReadinessProbe == nil || c.LivenessProbe == nil ||
			!strings.HasPrefix(c.ReadinessProbe.HTTPGet.Path, "/health") || !strings.HasPrefix(c.LivenessProbe.HTTPGet.Path, "/health") {
			t.Errorf("%s: probes must check /health: %+v %+v", name, c.ReadinessProbe, c.LivenessProbe)
		}
		if len(c.VolumeMounts) == 0 || c.VolumeMounts[0].MountPath != "/dgraph" {
			t.Errorf("%s: data volume not mounted at /dgraph", name)
		}
		if pdb, ok := objs["PodDisruptionBudget/"+name]; !ok || pdb.Spec.MaxUnavail != 1 {
			t.Errorf("%s: want a disruption budget of one pod", name)
		}
	}
	zero := objs["StatefulSet/dgraph-zero"].Spec.Template.Spec.Containers[0].Args
	if len(zero) == 0 || !strings.Contains(zero[0], "--replicas 3") {
		t.Error("zero must replicate each group three times (--replicas 3)")
	}
	alpha := objs["StatefulSet/dgraph-alpha"].Spec.Template.Spec.Containers[0].Args
	if len(alpha) == 0 || !strings.Contains(alpha[0], "for i in 0 1 2") {
		t.Error("alpha must know all three zeros")
	}
	if _, ok := objs["Deployment/dgraph-ratel"]; !ok {
		t.Error("no Ratel")
	}
}

// TestServicesSelectPods: every service selects pods some workload makes.
func TestServicesSelectPods(t *testing.T) {
	objs := load(t)
	var labels []map[string]string
	for _, o := range objs {
		if o.Kind == "StatefulSet" || o.Kind == "Deployment" {
			labels = append(labels, o.Spec.Template.Metadata.Labels)
		}
	}
	for key, o := range objs {
		if o.Kind != "Service" {
			continue
		}
		matched := false
		for _, l := range labels {
			ok := len(o.Spec.Selector) > 0
			for k, v := range o.Spec.Selector {
				if l[k] != v {
					ok = false
				}
			}
			matched = matched || ok
		}
		if !matched {
			t.Errorf("%s selects no pods: %v", key, o.Spec.Selector)
		}
	}
}
